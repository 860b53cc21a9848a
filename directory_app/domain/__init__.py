"""Domain types of the directory: tables, enumerations and value rules. No I/O, no Qt."""
