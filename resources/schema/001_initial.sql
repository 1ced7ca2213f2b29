-- Reelkeeper catalog schema, version 1.
-- The seed's entities (shared ER diagram) as snake_case plural tables; seed columns keep their names.
-- Conventions:
--   * timestamps are ISO 8601 UTC text ('2026-11-27T23:59:01.123Z', milliseconds optional);
--     created_at is set on insert,
--     updated_at by the *_touch_updated_at triggers on every update that does not set it itself
--     (a bundle import may restore the value it carries);
--   * dates are ISO 8601 with reduced precision allowed: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD';
--   * decimals are canonical decimal text ('12345678901.23'), never binary floating point;
--   * booleans are 0/1; enums are text with a CHECK;
--   * every foreign key has an index and an ON DELETE rule, so that no row points nowhere;
--   * ids are AUTOINCREMENT: an id is never given out twice, so undoing a delete can put a row
--     back under its old id, and references kept elsewhere never point at a newer row.

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL CHECK (length(trim(username, char(32, 9, 10, 13))) > 0),
    first_name TEXT,
    last_name TEXT,
    email TEXT CHECK (email IS NULL OR email GLOB '?*@?*.?*' AND email NOT GLOB '*[ 	]*'),
    password_hash TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$*' OR password_hash GLOB '$argon2i$*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);
CREATE UNIQUE INDEX users_username_unique ON users (username COLLATE NOCASE);
CREATE UNIQUE INDEX users_email_unique ON users (email COLLATE NOCASE) WHERE email IS NOT NULL;

CREATE TABLE files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL CHECK (length(trim(file_name, char(32, 9, 10, 13))) > 0),
    mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    -- Path relative to the media folder: two hex digits, '/', the 64-digit SHA-256 of the bytes
    -- (starting with the same two digits) and the extension of the sniffed type.
    key TEXT NOT NULL UNIQUE CHECK (
        substr(key, 1, 2) = substr(key, 4, 2) AND substr(key, 3, 1) = '/'
        AND length(substr(key, 4, 64)) = 64 AND rtrim(substr(key, 4, 64), '0123456789abcdef') = ''
        AND substr(key, 68) IN ('.jpg', '.png', '.webp', '.gif')),
    url TEXT CHECK (url IS NULL OR url GLOB 'http://?*' OR url GLOB 'https://?*'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);

-- A user's newest avatar (highest id; AUTOINCREMENT never reuses one) is the current one.
CREATE TABLE user_avatars (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE
);
CREATE INDEX user_avatars_user_id ON user_avatars (user_id);
CREATE INDEX user_avatars_file_id ON user_avatars (file_id);

CREATE TABLE countries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name, char(32, 9, 10, 13))) > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);

CREATE TABLE genres (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name, char(32, 9, 10, 13))) > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    first_name TEXT CHECK (first_name IS NULL OR length(trim(first_name, char(32, 9, 10, 13))) > 0),
    last_name TEXT CHECK (last_name IS NULL OR length(trim(last_name, char(32, 9, 10, 13))) > 0),
    biography TEXT,
    date_of_birth TEXT CHECK (date_of_birth IS NULL
        OR (date_of_birth GLOB '[0-9][0-9][0-9][0-9]' AND date_of_birth <> '0000')
        OR (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(date_of_birth, 1, 4) <> '0000'
            AND substr(date_of_birth, 6, 2) BETWEEN '01' AND '12')
        OR (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND substr(date_of_birth, 1, 4) <> '0000'
            AND date(date_of_birth, '+0 days') IS date_of_birth)),
    gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'non_binary', 'other')),
    country_id INTEGER REFERENCES countries (id) ON DELETE SET NULL,
    primary_photo_id INTEGER REFERENCES person_photos (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at),
    CHECK (first_name IS NOT NULL OR last_name IS NOT NULL)
);
CREATE INDEX people_country_id ON people (country_id);
CREATE INDEX people_primary_photo_id ON people (primary_photo_id);
CREATE INDEX people_name ON people (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX people_first_name ON people (first_name COLLATE NOCASE);

CREATE TABLE person_photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    UNIQUE (person_id, file_id)
);
CREATE INDEX person_photos_file_id ON person_photos (file_id);
CREATE UNIQUE INDEX person_photos_one_primary ON person_photos (person_id) WHERE is_primary = 1;

CREATE TABLE movies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL CHECK (length(trim(title, char(32, 9, 10, 13))) > 0),
    description TEXT,
    budget TEXT CHECK (budget IS NULL OR (
        length(budget) BETWEEN 1 AND 40
        AND budget NOT GLOB '*[^0-9.]*' AND budget NOT GLOB '*.*.*'
        AND budget GLOB '[0-9]*' AND budget NOT GLOB '*.'
        AND budget NOT GLOB '0[0-9]*')),
    release_date TEXT CHECK (release_date IS NULL
        OR (release_date GLOB '[0-9][0-9][0-9][0-9]' AND release_date <> '0000')
        OR (release_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(release_date, 1, 4) <> '0000'
            AND substr(release_date, 6, 2) BETWEEN '01' AND '12')
        OR (release_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND substr(release_date, 1, 4) <> '0000'
            AND date(release_date, '+0 days') IS release_date)),
    duration INTEGER CHECK (duration IS NULL OR (typeof(duration) = 'integer' AND duration BETWEEN 1 AND 100000)),
    director_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    country_id INTEGER REFERENCES countries (id) ON DELETE SET NULL,
    poster_file_id INTEGER REFERENCES files (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);
CREATE INDEX movies_director_id ON movies (director_id);
CREATE INDEX movies_country_id ON movies (country_id);
CREATE INDEX movies_poster_file_id ON movies (poster_file_id);
CREATE INDEX movies_title ON movies (title COLLATE NOCASE);
CREATE INDEX movies_release_date ON movies (release_date);
CREATE INDEX movies_duration ON movies (duration);
CREATE INDEX movies_created_at ON movies (created_at);

CREATE TABLE movie_genres (
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    genre_id INTEGER NOT NULL REFERENCES genres (id) ON DELETE CASCADE,
    PRIMARY KEY (movie_id, genre_id)
);
CREATE INDEX movie_genres_genre_id ON movie_genres (genre_id);

CREATE TABLE characters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name, char(32, 9, 10, 13))) > 0),
    description TEXT,
    role TEXT CHECK (role IS NULL OR role IN ('lead', 'supporting', 'minor', 'cameo')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);
CREATE INDEX characters_movie_id ON characters (movie_id);

CREATE TABLE movie_actors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    character_id INTEGER REFERENCES characters (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0 days') IS updated_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', updated_at, '+0 days') IS updated_at)
);
CREATE INDEX movie_actors_movie_id ON movie_actors (movie_id);
CREATE INDEX movie_actors_person_id ON movie_actors (person_id);
CREATE INDEX movie_actors_character_id ON movie_actors (character_id);

CREATE TABLE favorite_movies (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+0 days') IS created_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '+0 days') IS created_at),
    UNIQUE (user_id, movie_id)
);
CREATE INDEX favorite_movies_movie_id ON favorite_movies (movie_id);

-- A person's primary photo: people.primary_photo_id and the one person_photos row with
-- is_primary = 1 always agree, whichever side is changed, and the photo is the person's own.
CREATE TRIGGER people_primary_photo_is_own_insert BEFORE INSERT ON people
FOR EACH ROW WHEN NEW.primary_photo_id IS NOT NULL
    AND (SELECT person_id FROM person_photos WHERE id = NEW.primary_photo_id) IS NOT NEW.id
BEGIN
    SELECT RAISE(ABORT, 'people: the primary photo belongs to another person');
END;

CREATE TRIGGER people_primary_photo_is_own_update BEFORE UPDATE OF primary_photo_id ON people
FOR EACH ROW WHEN NEW.primary_photo_id IS NOT NULL
    AND (SELECT person_id FROM person_photos WHERE id = NEW.primary_photo_id) IS NOT NEW.id
BEGIN
    SELECT RAISE(ABORT, 'people: the primary photo belongs to another person');
END;

CREATE TRIGGER people_primary_photo_flags AFTER UPDATE OF primary_photo_id ON people
FOR EACH ROW WHEN NEW.primary_photo_id IS NOT OLD.primary_photo_id
BEGIN
    UPDATE person_photos SET is_primary = 0
        WHERE person_id = NEW.id AND is_primary = 1 AND id IS NOT NEW.primary_photo_id;
    UPDATE person_photos SET is_primary = 1 WHERE id = NEW.primary_photo_id AND is_primary = 0;
END;

CREATE TRIGGER person_photos_stay_with_person BEFORE UPDATE OF person_id ON person_photos
FOR EACH ROW WHEN NEW.person_id IS NOT OLD.person_id
BEGIN
    SELECT RAISE(ABORT, 'person_photos: a photo cannot move to another person');
END;

-- Flagging a photo as primary takes the flag from the person's other photo first.
CREATE TRIGGER person_photos_one_primary_insert BEFORE INSERT ON person_photos
FOR EACH ROW WHEN NEW.is_primary = 1
BEGIN
    UPDATE person_photos SET is_primary = 0 WHERE person_id = NEW.person_id AND is_primary = 1;
END;

CREATE TRIGGER person_photos_one_primary_update BEFORE UPDATE OF is_primary ON person_photos
FOR EACH ROW WHEN NEW.is_primary = 1 AND OLD.is_primary = 0
BEGIN
    UPDATE person_photos SET is_primary = 0 WHERE person_id = NEW.person_id AND is_primary = 1 AND id <> NEW.id;
END;

CREATE TRIGGER person_photos_primary_inserted AFTER INSERT ON person_photos
FOR EACH ROW WHEN NEW.is_primary = 1
BEGIN
    UPDATE people SET primary_photo_id = NEW.id WHERE id = NEW.person_id;
END;

CREATE TRIGGER person_photos_primary_flagged AFTER UPDATE OF is_primary ON person_photos
FOR EACH ROW WHEN NEW.is_primary IS NOT OLD.is_primary
BEGIN
    UPDATE people SET primary_photo_id = NEW.id WHERE id = NEW.person_id AND NEW.is_primary = 1;
    UPDATE people SET primary_photo_id = NULL
        WHERE id = NEW.person_id AND NEW.is_primary = 0 AND primary_photo_id = NEW.id;
END;

-- When the primary photo goes, the person's oldest remaining photo becomes primary.
CREATE TRIGGER person_photos_primary_deleted AFTER DELETE ON person_photos
FOR EACH ROW WHEN OLD.is_primary = 1
BEGIN
    UPDATE person_photos SET is_primary = 1
        WHERE id = (SELECT min(id) FROM person_photos WHERE person_id = OLD.person_id);
END;

-- A cast link's character belongs to the link's movie.
CREATE TRIGGER movie_actors_character_same_movie_insert BEFORE INSERT ON movie_actors
FOR EACH ROW WHEN NEW.character_id IS NOT NULL
    AND (SELECT movie_id FROM characters WHERE id = NEW.character_id) IS NOT NEW.movie_id
BEGIN
    SELECT RAISE(ABORT, 'movie_actors: the character belongs to another movie');
END;

CREATE TRIGGER movie_actors_character_same_movie_update BEFORE UPDATE OF movie_id, character_id ON movie_actors
FOR EACH ROW WHEN NEW.character_id IS NOT NULL
    AND (SELECT movie_id FROM characters WHERE id = NEW.character_id) IS NOT NEW.movie_id
BEGIN
    SELECT RAISE(ABORT, 'movie_actors: the character belongs to another movie');
END;

CREATE TRIGGER characters_keep_cast_movie BEFORE UPDATE OF movie_id ON characters
FOR EACH ROW WHEN NEW.movie_id IS NOT OLD.movie_id
    AND EXISTS (SELECT 1 FROM movie_actors WHERE character_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'characters: a character with cast links cannot move to another movie');
END;

CREATE TRIGGER users_touch_updated_at AFTER UPDATE ON users
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE users SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER files_touch_updated_at AFTER UPDATE ON files
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE files SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER countries_touch_updated_at AFTER UPDATE ON countries
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE countries SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER genres_touch_updated_at AFTER UPDATE ON genres
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE genres SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER people_touch_updated_at AFTER UPDATE ON people
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE people SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER movies_touch_updated_at AFTER UPDATE ON movies
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE movies SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER characters_touch_updated_at AFTER UPDATE ON characters
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE characters SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

CREATE TRIGGER movie_actors_touch_updated_at AFTER UPDATE ON movie_actors
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE movie_actors SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
