"""The Qt Widgets interface: the only package that imports PySide6."""
