-- The practice's Stripe publishable key (issue 16): not a secret (Stripe.js sends it from every
-- client's browser), so it is stored as it is, for the portal's Payment Element.
ALTER TABLE billing_settings ADD COLUMN publishable_key varchar(200);
