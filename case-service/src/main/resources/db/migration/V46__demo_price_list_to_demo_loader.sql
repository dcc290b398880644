-- The demo edition (invented, indicative prices) no longer belongs in every deployment: the local platform's demo
-- loader imports it through the API. V21 stays as it was applied; here the edition goes again unless a
-- micro-analysis already priced from it (then it is locked and those analyses keep their edition).
delete from price_list_item where edition = '2024-demo'
    and edition in (select edition from price_list_edition where edition = '2024-demo' and not locked);
delete from price_list_edition where edition = '2024-demo' and not locked;
