"""The Textual app. Import `reader.ui.app` to run it; `reader.ui.commands` is the
textual-free command table that `reader keys` also reads."""
