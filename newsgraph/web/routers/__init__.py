"""One router per resource; each holds its JSON routes (``/api/...``) and its pages."""
