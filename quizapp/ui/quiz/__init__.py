"""The quiz both modes share: QuizSession (question -> feedback -> next -> results) and its screens."""
