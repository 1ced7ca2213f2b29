-- Reelkeeper catalog schema, version 3: what imports need.
--
-- movie_sources: where a movie is known outside the catalog (an IMDb id, a Letterboxd URI), so that
-- importing the same export again matches the movies it brought the first time.

CREATE TABLE movie_sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('imdb', 'letterboxd')),
    source_id TEXT NOT NULL CHECK (length(source_id) BETWEEN 1 AND 2000 AND trim(source_id) = source_id),
    UNIQUE (source, source_id)
);
CREATE INDEX movie_sources_movie_id ON movie_sources (movie_id);
