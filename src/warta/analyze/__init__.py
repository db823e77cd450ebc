"""Analysis stages: language, sentences, entities, times, places, quotes, events. Each writes one layer of the Doc."""
