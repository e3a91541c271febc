"""Screens: the main three-pane reader and the help screen."""
