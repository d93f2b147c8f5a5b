"""Tools for writing banks (drafting furigana, scoring やさしい日本語). Development only: they need
the `authoring` extra (fugashi, unidic-lite, jreadability) and are left out of the bundle."""
