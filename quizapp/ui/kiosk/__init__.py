"""Kiosk mode: the public window, the attract screen, the idle reset, the PIN pad and staff screen."""
