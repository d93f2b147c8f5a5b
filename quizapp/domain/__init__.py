"""Pure domain: banks, questions, scoring. No Qt, no SQL."""
