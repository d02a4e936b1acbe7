-- Partner agencies at the edge: which client certificate belongs to which agency, and the OAuth2 clients of
-- agencies without certificates. Certificates are pinned by the SHA-256 fingerprint of their DER encoding.
create table partner_certificate (
    id                 uuid primary key,
    agency_id          text        not null,
    fingerprint_sha256 text        not null unique check (fingerprint_sha256 ~ '^[0-9a-f]{64}$'),
    subject            text        not null,
    issuer             text        not null,
    serial_number      text        not null,
    not_before         timestamptz not null,
    not_after          timestamptz not null,
    created_at         timestamptz not null,
    created_by         text        not null
);
create index partner_certificate_agency on partner_certificate (agency_id, id);

-- The client secret is kept only as a salted PBKDF2 hash (pbkdf2-sha256$iterations$salt$hash).
create table partner_client (
    client_id         text primary key,
    agency_id         text        not null,
    secret_hash       text        not null check (secret_hash like 'pbkdf2-sha256$%'),
    status            text        not null check (status in ('ACTIVE', 'REVOKED')),
    created_at        timestamptz not null,
    created_by        text        not null,
    secret_rotated_at timestamptz not null,
    revoked_at        timestamptz,
    version           int         not null default 0
);
create index partner_client_agency on partner_client (agency_id, client_id);
