"""quizapp: a privacy-education quiz about Japan's My Number system."""

__version__ = "0.1.0"
