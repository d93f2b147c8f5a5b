"""Reusable widgets that know no screen: choice buttons, ruby text, the day chart, the display bar."""
