-- Erasure by crypto-shredding: the keys personal fields are encrypted with (AES-256-GCM), one per visit at a time.
-- Erasure sets key_material to NULL and says when, by whom and why; the ciphertext in the events can then never be
-- read again.
CREATE TABLE personal_data_key (
    key_id VARCHAR(300) NOT NULL,
    visit_id VARCHAR(255) NOT NULL,
    generation INT NOT NULL,
    key_material BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at TIMESTAMP WITH TIME ZONE,
    erased_by VARCHAR(255),
    erasure_reason VARCHAR(1000),
    PRIMARY KEY (key_id),
    CONSTRAINT personal_data_key_generation UNIQUE (visit_id, generation)
);
