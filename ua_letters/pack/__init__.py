"""Letter packs for section offices: many supporters, one letter each per official.

`read_supporters` reads the office's list (CSV or XLSX); `build_pack` makes the pack: the
letters in folders, one print file per language, address labels, a manifest and a README,
in one reproducible ZIP (or a folder). Heavy libraries load only when a pack is built.
"""

from ua_letters.pack.build import PackSummary, build_pack
from ua_letters.pack.supporters import Supporter, SupporterList, read_supporters

__all__ = ["PackSummary", "Supporter", "SupporterList", "build_pack", "read_supporters"]
