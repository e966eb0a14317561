/**
 * Round trips a web request makes from the web tier to its back-end tiers (database and
 * cache) of its own group, a count per request.
 *
 * ASSUMPTION, not measured on the reference customer: a CMS page (WordPress, Drupal, a shop)
 * typically issues on the order of 10–20 database and cache round trips when it is not served
 * from a page cache; 15 is the middle of that range. Each of them pays the inter-site round
 * trip while the web VM and the back-end it calls run on different sites (FACTS.md, VMware
 * HCX: "Application tiers split across sites pay the inter-site RTT on every call between
 * them"). Candidate for a scenario input (profile field) with low 10 and high 20.
 */
export const TIER_CALLS_PER_REQUEST = 15;
