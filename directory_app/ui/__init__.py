"""The desktop window (PySide6). Widgets read through `services.queries` and hold no SQL."""
