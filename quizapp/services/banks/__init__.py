"""Reading, validating and compiling question banks."""
