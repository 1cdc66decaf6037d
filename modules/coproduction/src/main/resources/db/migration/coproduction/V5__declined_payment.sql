-- A co-producer who declines payment is owed nothing: their claims record the work with nothing to pay, and are
-- settled when approved, with no payment reference.
alter table coproduction.claim drop constraint claim_paid_has_date_and_reference;
alter table coproduction.claim add constraint claim_paid_has_date_and_reference
    check (status <> 'PAID' or (paid_on is not null and (payment_reference is not null or payment_method = 'DECLINE')));
-- Not checked against claims made before this rule (a paid claim can never change).
alter table coproduction.claim add constraint claim_declined_pays_nothing
    check (payment_method <> 'DECLINE' or amount = 0) not valid;
