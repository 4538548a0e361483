-- The language each reply is written in (en, de, fr, es, nl, it, pt, or one ops added), so that
-- a client whose next mail is too short to tell keeps the language of the last one.
ALTER TABLE drafts ADD COLUMN language TEXT;
CREATE INDEX messages_from ON messages (from_addr, id);
-- What a client proposed instead of a quote ({"figure": "$300", "amount": 300, "hours": null,
-- "sentence": "..."}), for the manager's choice: accept at their terms, keep our price, or decline.
ALTER TABLE messages ADD COLUMN proposal TEXT;
