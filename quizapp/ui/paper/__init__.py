"""Paper: the printable handout of questions (a PDF file or a printer), laid out with QPainter."""
