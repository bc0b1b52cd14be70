"""Who and where: parties, organs, speakers, media, places and anonymous-source groups (YAML data, Aho-Corasick look-up)."""
from riwaya.gazetteer.gazetteer import DATA_DIR, KINDS, Entry, Gazetteer, Mention, default_gazetteer

__all__ = ["Entry", "Mention", "Gazetteer", "default_gazetteer", "KINDS", "DATA_DIR"]
