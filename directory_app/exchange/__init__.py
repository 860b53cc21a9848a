"""Everything that crosses the border of the directory: imports, exports, print drafts.

Exports always run scope → publication profile → writer, so no writer can forget the profile.
"""
