#!/usr/bin/env python3
"""Builds an example catalog from the Wikipedia movie data (prust/wikipedia-movie-data, MIT;
text from Wikipedia, CC BY-SA), for screenshots and trying the app on real titles.

    scripts/make_example_catalog.py wikipedia_movies_1900-2023.json OUT.sqlite [--limit N]

The catalog is created by build/bin/reelkeeper itself (so it has the app's schema); the movies,
genres, people and cast links are then written with Python's sqlite3 module. Posters are only
URLs in the data and are not downloaded.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys


def split_name(full):
    """DESIGN.md: a full name splits at its last space; one word is a last name only."""
    full = " ".join(full.split())
    if " " not in full:
        return None, full
    first, last = full.rsplit(" ", 1)
    return first, last


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("catalog")
    parser.add_argument("--limit", type=int, default=0, help="only the newest N movies")
    args = parser.parse_args()
    if os.path.exists(args.catalog):
        sys.exit(f"{args.catalog} exists already")

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    subprocess.run([os.path.join(root, "build", "bin", "reelkeeper"), "--db", args.catalog, "check"],
                   check=True, stdout=subprocess.DEVNULL)

    with open(args.source, encoding="utf-8") as f:
        movies = json.load(f)
    if args.limit:
        movies = movies[-args.limit:]

    db = sqlite3.connect(args.catalog)
    db.execute("PRAGMA foreign_keys = ON")
    genres, people = {}, {}

    def genre_id(name):
        key = name.casefold()
        if key not in genres:
            genres[key] = db.execute("INSERT INTO genres (name) VALUES (?)", (name,)).lastrowid
        return genres[key]

    def person_id(full):
        key = " ".join(full.split()).casefold()
        if key not in people:
            first, last = split_name(full)
            people[key] = db.execute("INSERT INTO people (first_name, last_name) VALUES (?, ?)",
                                     (first, last)).lastrowid
        return people[key]

    with db:
        for movie in movies:
            title = str(movie.get("title") or "").strip()
            if not title:
                continue
            movie_id = db.execute(
                "INSERT INTO movies (title, release_date, description) VALUES (?, ?, ?)",
                (title, f"{int(movie['year']):04d}" if movie.get("year") else None,
                 movie.get("extract") or None)).lastrowid
            for name in dict.fromkeys(g.strip() for g in movie.get("genres") or [] if g.strip()):
                db.execute("INSERT OR IGNORE INTO movie_genres (movie_id, genre_id) VALUES (?, ?)",
                           (movie_id, genre_id(name)))
            for name in movie.get("cast") or []:
                # Scraping leftovers such as "and", "(" or "[a]" are not people.
                if len(name.strip()) < 3 or not any(c.isalpha() for c in name):
                    continue
                db.execute("INSERT INTO movie_actors (movie_id, person_id) VALUES (?, ?)",
                           (movie_id, person_id(name)))
    count = db.execute("SELECT count(*) FROM movies").fetchone()[0]
    print(f"{args.catalog}: {count} movies, {len(people)} people, {len(genres)} genres")


if __name__ == "__main__":
    main()
