"""The library API: what the CLI, the web page and the tests call.

`plan_letters` composes every letter of a case (no files touched); `render_letters`
turns them into document bytes; `write_letters` puts them on disk atomically. Each step
fails before the next starts, so bad input never leaves some letters written and others
not.

The API is one front door: `letters` holds the letter pipeline, `shells` what the CLI
and the web page need besides (import, packs, senders, the language report).
"""

# Each part lists what it offers in its own __all__; the front door is their union, so a
# new function is declared once, where it is written.
from ua_letters.api import examples, letters, shells
from ua_letters.api.examples import *  # noqa: F403
from ua_letters.api.letters import *  # noqa: F403
from ua_letters.api.shells import *  # noqa: F403

__all__ = sorted({*examples.__all__, *letters.__all__, *shells.__all__})
