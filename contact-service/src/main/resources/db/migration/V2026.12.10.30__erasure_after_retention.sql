-- When case-service erases a closed case's personal data after retention (PersonalDataErased), contact-service
-- empties its copies: the texts and recipients of the case's messages, the debtor's name on its contact steps and,
-- once the debtor's identity is erased, the values of the debtor's contact points. Attempts and consents hold no
-- personal data and stay as evidence.
alter table contact_point alter column value_cipher drop not null;
alter table sent_message alter column recipient_cipher drop not null;
alter table sent_message alter column body_cipher drop not null;

-- The message ledger stays append-only, but for the erasure: an update may only empty the encrypted texts.
create function sent_message_erase_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.recipient_cipher is null and new.subject_cipher is null and new.body_cipher is null
       and (to_jsonb(new) - 'recipient_cipher' - 'subject_cipher' - 'body_cipher')
           = (to_jsonb(old) - 'recipient_cipher' - 'subject_cipher' - 'body_cipher') then
        return new;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
drop trigger sent_message_append_only on sent_message;
create trigger sent_message_append_only before update or delete on sent_message
    for each row execute function sent_message_erase_only();
