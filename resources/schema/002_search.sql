-- Reelkeeper catalog schema, version 2: search as you type.
--
-- movie_search holds one document per movie (rowid = movies.id): its title, the names of its
-- director and actors, and the names of its characters, indexed by SQLite FTS5 with the trigram
-- tokenizer (case-insensitive substring search). One index over everything a movie can be found
-- by means one lookup per keystroke, whatever the user typed. Triggers rebuild a movie's document
-- whenever anything in it changes. person_name_search indexes people's full names for the pickers
-- and the people browser.
-- Both are SQLite-only; a PostgreSQL catalog would put its own text search behind
-- database/moviesearch.cpp.

-- How a person's name is shown and searched: "First Last", or whichever part is known.
CREATE VIEW person_names (id, full_name) AS
    SELECT id, trim(ifnull(first_name, '') || ' ' || ifnull(last_name, '')) FROM people;

-- What movie_search holds for each movie.
CREATE VIEW movie_search_documents (id, title, people, characters) AS
    SELECT movies.id, movies.title,
        (SELECT group_concat(full_name, ' ') FROM (
            SELECT full_name FROM person_names WHERE id = movies.director_id
            UNION ALL
            SELECT person_names.full_name FROM movie_actors
                JOIN person_names ON person_names.id = movie_actors.person_id
                WHERE movie_actors.movie_id = movies.id)),
        (SELECT group_concat(name, ' ') FROM characters WHERE characters.movie_id = movies.id)
    FROM movies;

CREATE VIRTUAL TABLE movie_search USING fts5(title, people, characters, tokenize = 'trigram');
INSERT INTO movie_search (rowid, title, people, characters)
    SELECT id, title, people, characters FROM movie_search_documents;

CREATE TRIGGER movies_search_insert AFTER INSERT ON movies
BEGIN
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = NEW.id;
END;

CREATE TRIGGER movies_search_update AFTER UPDATE OF title, director_id ON movies
FOR EACH ROW WHEN NEW.title IS NOT OLD.title OR NEW.director_id IS NOT OLD.director_id
BEGIN
    DELETE FROM movie_search WHERE rowid = NEW.id;
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = NEW.id;
END;

CREATE TRIGGER movies_search_delete AFTER DELETE ON movies
BEGIN
    DELETE FROM movie_search WHERE rowid = OLD.id;
END;

-- Cast and characters: the document of each movie concerned is rebuilt. Deleting a movie deletes
-- its cast and characters too; its document must then stay gone.
CREATE TRIGGER movie_actors_search_insert AFTER INSERT ON movie_actors
BEGIN
    DELETE FROM movie_search WHERE rowid = NEW.movie_id;
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = NEW.movie_id;
END;

CREATE TRIGGER movie_actors_search_update AFTER UPDATE OF movie_id, person_id ON movie_actors
BEGIN
    DELETE FROM movie_search WHERE rowid IN (OLD.movie_id, NEW.movie_id);
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id IN (OLD.movie_id, NEW.movie_id);
END;

CREATE TRIGGER movie_actors_search_delete AFTER DELETE ON movie_actors
BEGIN
    DELETE FROM movie_search WHERE rowid = OLD.movie_id;
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = OLD.movie_id;
END;

CREATE TRIGGER characters_search_insert AFTER INSERT ON characters
BEGIN
    DELETE FROM movie_search WHERE rowid = NEW.movie_id;
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = NEW.movie_id;
END;

CREATE TRIGGER characters_search_update AFTER UPDATE OF name, movie_id ON characters
BEGIN
    DELETE FROM movie_search WHERE rowid IN (OLD.movie_id, NEW.movie_id);
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id IN (OLD.movie_id, NEW.movie_id);
END;

CREATE TRIGGER characters_search_delete AFTER DELETE ON characters
BEGIN
    DELETE FROM movie_search WHERE rowid = OLD.movie_id;
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id = OLD.movie_id;
END;

-- A renamed person: every movie they direct or act in is found by the new name.
CREATE TRIGGER people_search_update_movies AFTER UPDATE OF first_name, last_name ON people
FOR EACH ROW WHEN NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name
BEGIN
    DELETE FROM movie_search WHERE rowid IN (
        SELECT id FROM movies WHERE director_id = NEW.id UNION SELECT movie_id FROM movie_actors WHERE person_id = NEW.id);
    INSERT INTO movie_search (rowid, title, people, characters)
        SELECT id, title, people, characters FROM movie_search_documents WHERE id IN (
            SELECT id FROM movies WHERE director_id = NEW.id
            UNION SELECT movie_id FROM movie_actors WHERE person_id = NEW.id);
END;

CREATE VIRTUAL TABLE person_name_search USING fts5(full_name, tokenize = 'trigram');
INSERT INTO person_name_search (rowid, full_name) SELECT id, full_name FROM person_names;

CREATE TRIGGER people_search_insert AFTER INSERT ON people
BEGIN
    INSERT INTO person_name_search (rowid, full_name) SELECT id, full_name FROM person_names WHERE id = NEW.id;
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF first_name, last_name ON people
FOR EACH ROW WHEN NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name
BEGIN
    UPDATE person_name_search SET full_name = (SELECT full_name FROM person_names WHERE id = NEW.id)
        WHERE rowid = NEW.id;
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people
BEGIN
    DELETE FROM person_name_search WHERE rowid = OLD.id;
END;
