"""QR codes for addresses, made offline with segno: black on white with a quiet zone, sharp at
any size (whole pixels per module), whatever the colour scheme around them."""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks, so phones find it on a dark screen."""


@lru_cache(maxsize=256)
def qr_png(url: str) -> bytes:
    """The QR code of `url` as a PNG, one pixel per module (scaled up without smoothing)."""
    code = segno.make(url, error="m")
    out = io.BytesIO()
    code.save(out, kind="png", scale=1, border=QUIET_ZONE, dark="#000000", light="#ffffff")
    return out.getvalue()


def qr_pixmap(url: str, size: int) -> QPixmap:
    """The QR code of `url` about `size` px wide (whole pixels per module, at least 3), crisp."""
    image = QImage.fromData(qr_png(url))
    modules = max(1, image.width())
    scale = max(3, round(size / modules))
    return QPixmap.fromImage(
        image.scaled(modules * scale, modules * scale, mode=Qt.TransformationMode.FastTransformation)
    )
