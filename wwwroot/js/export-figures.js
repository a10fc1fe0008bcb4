// Filled in with the overview export.
