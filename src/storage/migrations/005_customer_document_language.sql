-- OrderDesk schema, version 5: the language of the documents a customer receives (order
-- confirmations), whatever language the person printing them works in. Chinese by default.
ALTER TABLE customers ADD COLUMN document_language TEXT NOT NULL DEFAULT 'zh_CN';
