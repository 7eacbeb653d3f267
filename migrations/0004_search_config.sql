-- German full text that ignores accents: "Muller" finds "Müller", "Fussball" finds "Fußball".
CREATE TEXT SEARCH CONFIGURATION gw_german (COPY = german);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gw_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
