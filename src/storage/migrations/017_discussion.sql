-- OrderDesk schema, version 17: the discussion (沟通) on an order. Comments are only ever added;
-- a mention names a user or a whole department and stays in their My work until they (or, for a
-- department, one of its members) write on the order after it. An attachment is a file kept
-- beside the database under its SHA-256, named here as the user chose it.
CREATE TABLE order_comments (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX order_comments_order ON order_comments (order_id, id);
CREATE INDEX order_comments_author ON order_comments (author_id, order_id, id);

CREATE TABLE comment_mentions (
    comment_id INTEGER NOT NULL REFERENCES order_comments (id) ON DELETE CASCADE,
    order_id   INTEGER NOT NULL,
    user_id    INTEGER REFERENCES users (id),
    department TEXT,
    CHECK ((user_id IS NULL) <> (department IS NULL))
);
CREATE INDEX comment_mentions_user ON comment_mentions (user_id, comment_id) WHERE user_id IS NOT NULL;
CREATE INDEX comment_mentions_department ON comment_mentions (department, comment_id) WHERE department IS NOT NULL;

CREATE TABLE comment_attachments (
    id         INTEGER PRIMARY KEY,
    comment_id INTEGER NOT NULL REFERENCES order_comments (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL
);
CREATE INDEX comment_attachments_comment ON comment_attachments (comment_id);

CREATE TRIGGER order_comments_kept BEFORE UPDATE ON order_comments BEGIN
    SELECT RAISE(ABORT, 'a comment is never edited');
END;
CREATE TRIGGER comment_attachments_kept BEFORE UPDATE ON comment_attachments BEGIN
    SELECT RAISE(ABORT, 'an attachment is never changed');
END;
