"""Widgets of the main screen: simple views that post messages upward."""
