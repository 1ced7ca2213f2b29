-- Reelkeeper catalog schema, version 2: search as you type.
-- Full-text indexes (SQLite FTS5, trigram tokenizer: case-insensitive substring search) over movie
-- titles, people's full names and character names, kept in step by triggers. Movie titles and
-- character names are indexed from their tables (external content); people's full names are
-- composed here, so that "anna dub" finds "Anna Dubois".
-- These are SQLite-only: a PostgreSQL catalog would use its own text search behind the same queries
-- in database/moviesearch.cpp.

CREATE VIRTUAL TABLE movie_title_search USING fts5(
    title, tokenize = 'trigram', content = 'movies', content_rowid = 'id');
INSERT INTO movie_title_search (movie_title_search) VALUES ('rebuild');

CREATE TRIGGER movies_search_insert AFTER INSERT ON movies
BEGIN
    INSERT INTO movie_title_search (rowid, title) VALUES (NEW.id, NEW.title);
END;

CREATE TRIGGER movies_search_delete AFTER DELETE ON movies
BEGIN
    INSERT INTO movie_title_search (movie_title_search, rowid, title) VALUES ('delete', OLD.id, OLD.title);
END;

CREATE TRIGGER movies_search_update AFTER UPDATE OF title ON movies
FOR EACH ROW WHEN NEW.title IS NOT OLD.title
BEGIN
    INSERT INTO movie_title_search (movie_title_search, rowid, title) VALUES ('delete', OLD.id, OLD.title);
    INSERT INTO movie_title_search (rowid, title) VALUES (NEW.id, NEW.title);
END;

CREATE VIRTUAL TABLE character_name_search USING fts5(
    name, tokenize = 'trigram', content = 'characters', content_rowid = 'id');
INSERT INTO character_name_search (character_name_search) VALUES ('rebuild');

CREATE TRIGGER characters_search_insert AFTER INSERT ON characters
BEGIN
    INSERT INTO character_name_search (rowid, name) VALUES (NEW.id, NEW.name);
END;

CREATE TRIGGER characters_search_delete AFTER DELETE ON characters
BEGIN
    INSERT INTO character_name_search (character_name_search, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;

CREATE TRIGGER characters_search_update AFTER UPDATE OF name ON characters
FOR EACH ROW WHEN NEW.name IS NOT OLD.name
BEGIN
    INSERT INTO character_name_search (character_name_search, rowid, name) VALUES ('delete', OLD.id, OLD.name);
    INSERT INTO character_name_search (rowid, name) VALUES (NEW.id, NEW.name);
END;

-- How a person's name is shown and searched: "First Last", or whichever part is known.
CREATE VIEW person_names (id, full_name) AS
    SELECT id, trim(ifnull(first_name, '') || ' ' || ifnull(last_name, '')) FROM people;

CREATE VIRTUAL TABLE person_name_search USING fts5(full_name, tokenize = 'trigram');
INSERT INTO person_name_search (rowid, full_name) SELECT id, full_name FROM person_names;

CREATE TRIGGER people_search_insert AFTER INSERT ON people
BEGIN
    INSERT INTO person_name_search (rowid, full_name)
        VALUES (NEW.id, trim(ifnull(NEW.first_name, '') || ' ' || ifnull(NEW.last_name, '')));
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people
BEGIN
    DELETE FROM person_name_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF first_name, last_name ON people
FOR EACH ROW WHEN NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name
BEGIN
    UPDATE person_name_search SET full_name = trim(ifnull(NEW.first_name, '') || ' ' || ifnull(NEW.last_name, ''))
        WHERE rowid = NEW.id;
END;
