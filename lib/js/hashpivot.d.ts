// TypeScript declarations of hashpivot.mjs, generated from the registries by
// lib/src/dts.rs: do not edit (UPDATE_DTS=1 cargo test -p hashpivot-models).
// Shipped as .d.ts and as .d.mts (which TypeScript reads for a .mjs import).

/** The panels, as in the page's `panel=` key. */
export declare const PANELS: readonly ["miner", "outlook", "pivot", "grid", "geography", "converter"];
/** The panels with a month-by-month series. */
export declare const SERIES_PANELS: readonly ["outlook", "pivot"];
/** A panel. */
export type Panel = (typeof PANELS)[number];
/** A panel with a series. */
export type SeriesPanel = (typeof SERIES_PANELS)[number];
/** A month, `YYYY-MM`. */
export type Month = `${number}-${number}`;
/** Why an output is `null`: its word in `reasons`. */
export type Reason = "outside_search_range" | "no_sign_change" | "never_pays_back" | "no_halving_in_horizon" | "no_reward" | "free_power" | "pool_keeps_all" | "pending";
/** What is wrong with an input: */
export type Problem =
  /** not one of PANELS */
  | "unknown_panel"
  /** `series` of a panel not in SERIES_PANELS */
  | "no_series"
  /** the inputs are not a plain object */
  | "not_an_object"
  /** reading the inputs or a key threw */
  | "unreadable"
  /** no panel has this key (`suggestion`: the nearest) */
  | "unknown_key"
  /** a key of another panel */
  | "not_in_panel"
  /** not a finite number */
  | "not_a_number"
  /** not one of a choice's values */
  | "not_a_choice"
  /** outside `min` to `max` */
  | "outside_domain"
  /** `extra_shares` that are not valid rows */
  | "bad_rows"
  /** a second converter field of one group */
  | "same_group"
;
/** A row added to the geography panel's share table: a name of 1-40 characters with a letter or digit, nothing invisible and none of `<>&"\;:=%#/?`, and its share, 0-100 %. */
export interface ExtraShare {
  name: string;
  share_pct: number;
}
/** The inputs the miner panel owns (the panels that read them take them too). */
export interface MinerInputs {
  /** Bitcoin price, USD: 1000 to 10000000, default 67000. */
  btc_usd?: number;
  /** Network hashrate, EH/s: 1 to 100000, default 900.9. */
  hashrate_ehs?: number;
  /** Transaction fees per block, BTC/block: 0 to 50, default 0.02. */
  fees_btc?: number;
  /** Block height, block: 0 to 6929999, default 935424. */
  height?: number;
  /** Fleet efficiency, J/TH: 1 to 200, default 17.5. */
  eff_jth?: number;
  /** Power price, USD/kWh: 0 to 1, default 0.05. */
  power_usd_kwh?: number;
  /** Pool fee, %: 0 to 10, default 2. */
  pool_fee_pct?: number;
  /** Uptime (after curtailment), %: 1 to 100, default 95. */
  uptime_pct?: number;
}
/** The inputs the outlook panel owns (the panels that read them take them too). */
export interface OutlookInputs {
  /** Bitcoin price growth, %/year: -50 to 200, default 20. */
  btc_growth_pct?: number;
  /** Network hashrate growth, %/year: -50 to 200, default 26. */
  hashrate_growth_pct?: number;
  /** Fee growth, %/year: -50 to 200, default 0. */
  fee_growth_pct?: number;
  /** Price volatility (Monte Carlo), %/year: 0 to 150, default 0. */
  volatility_pct?: number;
  /** How the network grows: 0 = At a set growth rate, 1 = To equilibrium (net zero); default 0. */
  hashrate_mode?: number;
  /** Mean block time, s: 300 to 1200, default 600. */
  block_time_s?: number;
  /** Network fleet efficiency gain, %/year: 0 to 50, default 10. */
  fleet_gain_pct?: number;
  /** Marginal fleet efficiency, J/TH: 5 to 100, default 22. */
  marginal_eff_jth?: number;
  /** ASIC price, USD/TH: 1 to 200, default 15. */
  asic_usd_th?: number;
  /** ASIC life, years: 1 to 10, default 4. */
  asic_life_years?: number;
  /** Marginal fleet's margin at equilibrium, %: -50 to 50, default 0. */
  target_margin_pct?: number;
}
/** The inputs the pivot panel owns (the panels that read them take them too). */
export interface PivotInputs {
  /** Site grid connection, MW: 1 to 5000, default 100. */
  site_mw?: number;
  /** PUE while mining: 1 to 2, default 1.05. */
  pue_mining?: number;
  /** PUE as an AI data centre: 1 to 3, default 1.3. */
  pue_ai?: number;
  /** Conversion capex per IT MW, USD M/MW: 0 to 50, default 9. */
  capex_usd_m_per_mw?: number;
  /** Build time, months: 0 to 60, default 15. */
  build_months?: number;
  /** Mining during the build: 0 = continues, 1 = stops, 2 = phases down; default 0. */
  build_mining?: number;
  /** Lease rate, USD/kW-month: 0 to 2000, default 150. */
  lease_usd_kw_month?: number;
  /** Lease escalator, %/year: -5 to 15, default 3. */
  escalator_pct?: number;
  /** Lease term, years: 1 to 25, default 10. */
  term_years?: number;
  /** Landlord's opex, %: 0 to 90, default 15. */
  opex_pct?: number;
  /** Residual value at the end, %: 0 to 200, default 20. */
  residual_pct?: number;
  /** Discount rate, %/year: 0 to 50, default 12. */
  discount_pct?: number;
  /** Share of the lease backstopped by an investment-grade party, %: 0 to 100, default 0. */
  backstop_pct?: number;
  /** Lower rate for backstopped lease income, pts: 0 to 20, default 4. */
  backstop_spread_pct?: number;
  /** Mining opex besides power, USD/MWh: 0 to 100, default 5. */
  mining_opex_usd_mwh?: number;
  /** Cash flow chart: 0 = undiscounted, 1 = discounted; default 1. */
  discounted?: number;
  /** Share of the IT capacity leased (signed), %: 0 to 100, default 100. */
  leased_pct?: number;
  /** Lease-up: months from first capacity to full occupancy, months: 0 to 60, default 0. */
  lease_up_months?: number;
  /** Construction delay beyond plan, months: 0 to 60, default 0. */
  delay_months?: number;
  /** Mining during a delay: 0 = Goes on, 1 = Stops; default 0. */
  delay_mining?: number;
  /** Capex overrun, %: 0 to 200, default 0. */
  capex_overrun_pct?: number;
  /** Who pays the fit-out: 0 = The landlord (a full build), 1 = The tenant (a powered shell); default 0. */
  fitout?: number;
  /** Landlord's share of the capex in a powered shell, %: 0 to 100, default 40. */
  shell_capex_pct?: number;
  /** Debt share of the capex, %: 0 to 90, default 0. */
  debt_pct?: number;
  /** Interest rate on the debt, %/year: 0 to 30, default 8. */
  debt_rate_pct?: number;
  /** Debt tenor, years: 1 to 30, default 10. */
  debt_tenor_years?: number;
  /** Mining curtailed on request, h/year: 0 to 4000, default 0. */
  curtailment_hours?: number;
  /** Demand-response credit while curtailed, USD/MWh: 0 to 5000, default 0. */
  dr_credit_usd_mwh?: number;
  /** Powered land sold to a developer, USD M/MW: 0 to 20, default 1. */
  land_usd_m_per_mw?: number;
  /** Bitcoin price volatility for the odds, %/year: 5 to 150, default 50. */
  odds_volatility_pct?: number;
}
/** The inputs the grid panel owns (the panels that read them take them too). */
export interface GridInputs {
  /** US data-centre demand growth, 2025–2028, GW: 0 to 1000, default 74. */
  demand_gw?: number;
  /** Supply that can meet it, GW: 0 to 1000, default 25. */
  supply_gw?: number;
  /** Grid capacity of US bitcoin-mining sites, GW: 0 to 200, default 20. */
  mining_gw?: number;
  /** Share convertible to AI, %: 0 to 100, default 80. */
  convertible_pct?: number;
  /** PUE of the AI data centre: 1 to 3, default 1.3. */
  converted_pue?: number;
}
/** The inputs the geography panel owns (the panels that read them take them too). */
export interface GeographyInputs {
  /** United States, %: 0 to 100, default 37.5. */
  us_share_pct?: number;
  /** Russia, %: 0 to 100, default 16.4. */
  russia_share_pct?: number;
  /** China, %: 0 to 100, default 11.7. */
  china_share_pct?: number;
  /** Rest of the world (incl. unknown), %: 0.1 to 100, default 34.4. */
  rest_share_pct?: number;
  /** Share of US hashrate that leaves for AI, %: 0 to 100, default 25. */
  us_leave_pct?: number;
  /** Others' growth per 1% better hashprice, %: 0 to 500, default 50. */
  others_response_pct?: number;
  /** Rows added to the share table after the four fixed ones (up to 12). */
  extra_shares?: readonly ExtraShare[];
}
/** The inputs the converter panel owns (the panels that read them take them too). */
export interface ConverterInputs {
  /** Converter field, H/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 900900000000000000000; one field per group. */
  conv_h_s?: number;
  /** Converter field, TH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 900900000; one field per group. */
  conv_th_s?: number;
  /** Converter field, PH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 900900; one field per group. */
  conv_ph_s?: number;
  /** Converter field, EH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 900.9; one field per group. */
  conv_eh_s?: number;
  /** Converter field, ZH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 0.9009; one field per group. */
  conv_zh_s?: number;
  /** Converter field, difficulty: 0 or more (a value that would overflow another field of its group is outside_domain), default 125854276120662.69; one field per group. */
  conv_difficulty?: number;
  /** Converter field, J/TH: 0 or more (a value that would overflow another field of its group is outside_domain), default 17.5; one field per group. */
  conv_j_th?: number;
  /** Converter field, W per TH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 17.5; one field per group. */
  conv_w_th_s?: number;
  /** Converter field, W per PH/s: 0 or more (a value that would overflow another field of its group is outside_domain), default 17500; one field per group. */
  conv_w_ph_s?: number;
  /** Converter field, W: 0 or more (a value that would overflow another field of its group is outside_domain), default 330000000; one field per group. */
  conv_w?: number;
  /** Converter field, kW: 0 or more (a value that would overflow another field of its group is outside_domain), default 330000; one field per group. */
  conv_kw?: number;
  /** Converter field, MW: 0 or more (a value that would overflow another field of its group is outside_domain), default 330; one field per group. */
  conv_mw?: number;
  /** Converter field, GW: 0 or more (a value that would overflow another field of its group is outside_domain), default 0.33; one field per group. */
  conv_gw?: number;
  /** Converter field, BTC: 0 or more (a value that would overflow another field of its group is outside_domain), default 1; one field per group. */
  conv_btc?: number;
  /** Converter field, sats: 0 or more (a value that would overflow another field of its group is outside_domain), default 100000000; one field per group. */
  conv_sats?: number;
  /** Converter field, USD: 0 or more (a value that would overflow another field of its group is outside_domain), default 67000; one field per group. */
  conv_usd?: number;
  /** Converter field, USD/PH/day: 0 or more (a value that would overflow another field of its group is outside_domain), default 33.68; one field per group. */
  conv_usd_ph_day?: number;
  /** Converter field, USD/TH/day: 0 or more (a value that would overflow another field of its group is outside_domain), default 0.03368; one field per group. */
  conv_usd_th_day?: number;
  /** Converter field, USD/MWh: 0 or more (a value that would overflow another field of its group is outside_domain), default 80.19047619047619; one field per group. */
  conv_usd_mwh?: number;
}
/** Each panel's inputs: every key optional (its default otherwise). */
export interface Inputs {
  miner: MinerInputs;
  outlook: MinerInputs & OutlookInputs;
  pivot: MinerInputs & OutlookInputs & PivotInputs;
  grid: GridInputs;
  geography: GeographyInputs;
  converter: ConverterInputs & Pick<MinerInputs, "btc_usd" | "eff_jth">;
}
/** Each panel's outputs, as `evaluate` gives them. */
export interface Outputs {
  miner: {
    /** Expected revenue of 1 PH/s a day, before pool fee and downtime, USD/PH/day. */
    hashprice_usd_ph_day: number | null;
    /** Revenue after uptime and pool fee minus power cost, per PH/s a day, USD/PH/day. */
    margin_usd_ph_day: number | null;
    /** Power cost of 1 PH/s a day, at the uptime, USD/PH/day. */
    power_cost_usd_ph_day: number | null;
    /** Expected BTC mined by 1 PH/s a day, BTC/PH/day. */
    btc_per_ph_day: number | null;
    /** Power price at which the margin is zero, USD/kWh. */
    breakeven_power_usd_kwh: number | null;
    /** BTC price at which the margin is zero, USD. */
    breakeven_btc_usd: number | null;
    /** Fleet efficiency at which the margin is zero: a less efficient fleet (more J/TH) loses money, J/TH. */
    breakeven_eff_jth: number | null;
    /** Hashprice (before pool fee and downtime) at which the margin is zero, USD/PH/day. */
    breakeven_hashprice_usd_ph_day: number | null;
    /** Hash revenue per MWh the fleet consumes, USD/MWh. */
    revenue_usd_mwh: number | null;
    /** New BTC a day from the subsidy (450 now), BTC/day. */
    issuance_btc_day: number | null;
    /** Why each `null` output is null. */
    reasons: { hashprice_usd_ph_day?: Reason; margin_usd_ph_day?: Reason; power_cost_usd_ph_day?: Reason; btc_per_ph_day?: Reason; breakeven_power_usd_kwh?: Reason; breakeven_btc_usd?: Reason; breakeven_eff_jth?: Reason; breakeven_hashprice_usd_ph_day?: Reason; revenue_usd_mwh?: Reason; issuance_btc_day?: Reason; };
  };
  outlook: {
    /** BTC growth a year that keeps hashprice flat across the next halving cycle, %/year. */
    required_btc_growth_pct: number | null;
    /** First month the user's margin is negative, `YYYY-MM`, or `never`. */
    fleet_unprofitable_month: Month | "never";
    /** New BTC a day after the 2028 halving (225), BTC/day. */
    issuance_btc_day_2028: number | null;
    /** New BTC a day after the 2032 halving (112.5), BTC/day. */
    issuance_btc_day_2032: number | null;
    /** Hashprice in the first month, USD/PH/day. */
    hashprice_usd_ph_day_now: number | null;
    /** Hashprice in the first full month after the 2028 halving, USD/PH/day. */
    hashprice_usd_ph_day_after_2028: number | null;
    /** Why each `null` output is null. */
    reasons: { required_btc_growth_pct?: Reason; fleet_unprofitable_month?: Reason; issuance_btc_day_2028?: Reason; issuance_btc_day_2032?: Reason; hashprice_usd_ph_day_now?: Reason; hashprice_usd_ph_day_after_2028?: Reason; };
  };
  pivot: {
    /** NPV of converting minus NPV of mining, USD. */
    npv_advantage_ai_usd: number | null;
    /** Lease at which both NPVs are equal, USD/kW-month. */
    breakeven_lease_usd_kw_month: number | null;
    /** NPV of converting the site, USD. */
    npv_ai_usd: number | null;
    /** NPV of keeping on mining, USD. */
    npv_mining_usd: number | null;
    /** NPV of converting per MW of grid connection, USD. */
    value_per_mw_ai_usd: number | null;
    /** NPV of mining per MW of grid connection, USD. */
    value_per_mw_mining_usd: number | null;
    /** IRR of converting, %/year. */
    irr_ai_pct: number | null;
    /** Months until converting's cumulative cash turns positive, months. */
    payback_ai_months: number | null;
    /** Starting BTC price (the whole path scaled) at which mining's NPV equals converting's, USD. */
    breakeven_btc_usd: number | null;
    /** NPV of converting to the owners: after the debt's draws and repayments, USD. */
    npv_equity_ai_usd: number | null;
    /** IRR of the owners' cash after the debt, %/year. */
    irr_equity_ai_pct: number | null;
    /** Lease payments over the term at the inputs (share leased, lease-up and escalator included), before opex, USD. */
    lease_payments_usd: number | null;
    /** The flat lease over the whole IT capacity and term that adds up to the same payments, USD/kW-month. */
    level_lease_usd_kw_month: number | null;
    /** Selling the powered land to a developer today, USD. */
    value_land_usd: number | null;
    /** Why each `null` output is null. */
    reasons: { npv_advantage_ai_usd?: Reason; breakeven_lease_usd_kw_month?: Reason; npv_ai_usd?: Reason; npv_mining_usd?: Reason; value_per_mw_ai_usd?: Reason; value_per_mw_mining_usd?: Reason; irr_ai_pct?: Reason; payback_ai_months?: Reason; breakeven_btc_usd?: Reason; npv_equity_ai_usd?: Reason; irr_equity_ai_pct?: Reason; lease_payments_usd?: Reason; level_lease_usd_kw_month?: Reason; value_land_usd?: Reason; };
  };
  grid: {
    /** US data-centre demand that supply does not meet, GW. */
    shortfall_gw: number | null;
    /** Part of the shortfall converted mining sites cover, GW. */
    covered_by_mines_gw: number | null;
    /** Shortfall left after conversion, GW. */
    shortfall_after_gw: number | null;
    /** Covered as a share of the shortfall, %. */
    share_of_shortfall_covered_pct: number | null;
    /** Why each `null` output is null. */
    reasons: { shortfall_gw?: Reason; covered_by_mines_gw?: Reason; shortfall_after_gw?: Reason; share_of_shortfall_covered_pct?: Reason; };
  };
  geography: {
    /** US share of hashrate after, %. */
    us_share_after_pct: number | null;
    /** Hashprice change for those who stay (BTC price fixed), %. */
    hashprice_change_pct: number | null;
    /** Russia's share after, %. */
    russia_share_after_pct: number | null;
    /** China's share after, %. */
    china_share_after_pct: number | null;
    /** Network hashrate change, %. */
    network_hashrate_change_pct: number | null;
    /** Difficulty change after the retargets, %. */
    difficulty_change_pct: number | null;
    /** Why each `null` output is null. */
    reasons: { us_share_after_pct?: Reason; hashprice_change_pct?: Reason; russia_share_after_pct?: Reason; china_share_after_pct?: Reason; network_hashrate_change_pct?: Reason; difficulty_change_pct?: Reason; };
  };
  converter: {
    /** hashrate: H/s. */
    conv_h_s: number;
    /** hashrate: TH/s. */
    conv_th_s: number;
    /** hashrate: PH/s. */
    conv_ph_s: number;
    /** hashrate: EH/s. */
    conv_eh_s: number;
    /** hashrate: ZH/s. */
    conv_zh_s: number;
    /** hashrate: difficulty. */
    conv_difficulty: number;
    /** efficiency: J/TH. */
    conv_j_th: number;
    /** efficiency: W per TH/s. */
    conv_w_th_s: number;
    /** efficiency: W per PH/s. */
    conv_w_ph_s: number;
    /** power: W. */
    conv_w: number;
    /** power: kW. */
    conv_kw: number;
    /** power: MW. */
    conv_mw: number;
    /** power: GW. */
    conv_gw: number;
    /** money: BTC. */
    conv_btc: number;
    /** money: sats. */
    conv_sats: number;
    /** money: USD. */
    conv_usd: number;
    /** revenue: USD/PH/day. */
    conv_usd_ph_day: number;
    /** revenue: USD/TH/day. */
    conv_usd_th_day: number;
    /** revenue: USD/MWh. */
    conv_usd_mwh: number;
    /** Why each `null` output is null. */
    reasons: { };
  };
}
/** One month of each series, as `series` gives it. */
export interface SeriesRow {
  outlook: {
    /** The month, `YYYY-MM`. */
    month: Month;
    /** BTC price on the median path (`btc_growth_pct` a year, no volatility), USD. */
    btc_usd: number;
    /** Block subsidy, averaged over the month's blocks, BTC/block. */
    subsidy_btc: number;
    /** Fees a block, BTC/block. */
    fees_btc: number;
    /** Network hashrate growing at `hashrate_growth_pct` (hashprice reads the mode `hashrate_mode` chooses), EH/s. */
    hashrate_ehs_growth_mode: number;
    /** Network hashrate tending to where the marginal fleet earns `target_margin_pct`, EH/s. */
    hashrate_ehs_equilibrium_mode: number;
    /** Hashprice on the median path, USD/PH/day. */
    hashprice_usd_ph_day: number;
    /** The user's margin, USD/PH/day. */
    margin_usd_ph_day: number;
    /** Monte Carlo, only when `volatility_pct` > 0: hashprice's 10th percentile (the fan's lower edge), USD/PH/day. */
    hashprice_p10_usd_ph_day?: number;
    /** Monte Carlo: hashprice's median over the simulated paths, USD/PH/day. */
    hashprice_p50_usd_ph_day?: number;
    /** Monte Carlo: hashprice's 90th percentile (the fan's upper edge), USD/PH/day. */
    hashprice_p90_usd_ph_day?: number;
  };
  pivot: {
    /** The month, `YYYY-MM`. */
    month: Month;
    /** Keep mining: the month's cash, USD. */
    mining_cash_usd: number;
    /** Convert: the month's cash (the build's capex negative), USD. */
    ai_cash_usd: number;
    /** Keep mining: the month's cash discounted to today at `discount_pct`, USD. */
    mining_discounted_usd: number;
    /** Convert: the month's cash discounted to today (backstopped lease income at the lower rate), USD. */
    ai_discounted_usd: number;
    /** Keep mining: cash so far, USD. */
    cumulative_mining_usd: number;
    /** Convert: cash so far, USD. */
    cumulative_ai_usd: number;
    /** Keep mining: discounted cash so far, USD. */
    cumulative_mining_discounted_usd: number;
    /** Convert: discounted cash so far, USD. */
    cumulative_ai_discounted_usd: number;
  };
}
/** An input of the registry, as `inputs` describes it. */
export interface InputSpec<P extends Panel = Panel> {
  key: keyof Inputs[P] & string;
  unit: string;
  min: number;
  max: number;
  /** The slider's step (0: a converter field). */
  step: number;
  default: number;
  source: string;
  /** For a choice, how many values it has (0 = a number). */
  choices: number;
}
/** A named scenario of a panel. */
export interface Preset<P extends Panel = Panel> {
  id: string;
  values: Inputs[P];
}
/** One problem with the inputs given. */
export interface InputProblem {
  key: string;
  reason: Problem;
  min?: number;
  max?: number;
  suggestion?: string;
}
/** Bad input: `errors` lists every problem, in the order given; the message names each key. */
export declare class HashpivotInputError extends Error {
  name: "HashpivotInputError";
  errors: InputProblem[];
  constructor(message: string, errors: InputProblem[]);
}
/** Every output of `panel` for `inputs` over the defaults; throws a HashpivotInputError for bad input. */
export declare function evaluate<P extends Panel>(panel: P, inputs?: Inputs[P] | null): Outputs[P];
/** The month-by-month series of `panel` for `inputs`, taken and checked as `evaluate` takes them. */
export declare function series<P extends SeriesPanel>(panel: P, inputs?: Inputs[P] | null): SeriesRow[P][];
/** The registry of the inputs `panel` depends on (the converter's fields after them). */
export declare function inputs<P extends Panel>(panel: P): InputSpec<P>[];
/** The presets of `panel`. */
export declare function presets<P extends Panel>(panel: P): Preset<P>[];
