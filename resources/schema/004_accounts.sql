-- Reelkeeper catalog schema, version 4: what sign-in needs.
--
-- sign_in_failures: wrong passwords given for a username since its last successful sign-in, so that
-- repeated guesses slow down even when each one is a new process (`reelkeeper user passwd`). Keyed
-- by the case-folded username as typed, known or not, so that an unknown name is throttled like a
-- known one and the answers do not tell which names exist. It is bookkeeping, not catalog data:
-- bundles do not carry it, and a successful sign-in deletes the row.

CREATE TABLE sign_in_failures (
    username TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures > 0),
    last_failure_at TEXT NOT NULL
        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', last_failure_at, '+0 days') IS last_failure_at
            OR strftime('%Y-%m-%dT%H:%M:%SZ', last_failure_at, '+0 days') IS last_failure_at)
);
