"""The supporters' web page: pick a language, add your name, download your letters.

A small Starlette app (`ua_letters.web.app.create_app`) served by uvicorn through
`ua-letters serve`. It stores nothing: every letter is composed from the form of the
request that asks for it and forgotten when the response is sent. The web stack is
imported only here, never by the rest of the package.
"""
