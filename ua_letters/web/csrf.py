"""CSRF protection: a signed double-submit token.

A page sets a cookie holding `nonce.mac` (the MAC an HMAC-SHA256 of the nonce under a
secret made fresh for each server process) and repeats the token in a hidden form
field. A POST is accepted only when the field equals the cookie and the MAC is right: a
foreign site can neither read the cookie nor mint a token that passes. The cookie is
SameSite=Strict and HttpOnly on top. A restart invalidates old tokens; the page then
asks to reload, which costs nothing because nothing is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

COOKIE = "ua_csrf"
FIELD = "csrf"
_NONCE_BYTES = 18


class CsrfGuard:
    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def _mac(self, nonce: str) -> str:
        return hmac.new(self._secret, nonce.encode("ascii"), hashlib.sha256).hexdigest()

    def new_token(self) -> str:
        nonce = secrets.token_urlsafe(_NONCE_BYTES)
        return f"{nonce}.{self._mac(nonce)}"

    def is_signed(self, token: str | None) -> bool:
        """True when `token` was made by this process (whatever cookie it came with)."""
        if not token or len(token) > 200 or not token.isascii():
            return False
        nonce, _, mac = token.partition(".")
        return bool(nonce) and hmac.compare_digest(mac, self._mac(nonce))

    def accepts(self, cookie: str | None, submitted: str | None) -> bool:
        """The double-submit check: the field matches the cookie, and the cookie is ours."""
        if not cookie or not submitted or not submitted.isascii() or not cookie.isascii():
            return False
        return hmac.compare_digest(cookie, submitted) and self.is_signed(cookie)
