"""Language data the extractor reads: stems, cue words for relations, dates and roles."""
