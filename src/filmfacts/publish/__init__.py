"""Publishers: one renderer per format, each a function of fused facts (and documents)."""
