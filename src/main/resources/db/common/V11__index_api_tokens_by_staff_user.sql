-- The settings page lists a staff user's tokens, and revoking one checks who holds it.
create index api_token_staff_user_idx on api_token (staff_user_id);
