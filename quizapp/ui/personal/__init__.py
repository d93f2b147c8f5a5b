"""Personal mode: the home learner's window, its home and progress screens and the data dialogs."""
