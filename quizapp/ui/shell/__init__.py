"""The frame around every screen: translations, theme and fonts, error reports, message boxes."""
