"""Made by python -m bizaudit.io.precompute from the records (bizaudit.model.records.record);
do not edit (edit the records and run it again)."""

from typing import Any

#: What a field a factory makes defaults to, replaced by a new value
FACTORY: Any = object()


def report__BusinessInfo(self, *, name, industry, currency, locale, period, capacity_used):
    self.name = name
    self.industry = industry
    self.currency = currency
    self.locale = locale
    self.period = period
    self.capacity_used = capacity_used


def report__ActivityResult(self, *, name, spend, category, purpose, source, reason, confidence, term, recurring, line, given_up):
    self.name = name
    self.spend = spend
    self.category = category
    self.purpose = purpose
    self.source = source
    self.reason = reason
    self.confidence = confidence
    self.term = term
    self.recurring = recurring
    self.line = line
    self.given_up = given_up


def report__SourceResult(self, *, name, customers, kind, reason, line):
    self.name = name
    self.customers = customers
    self.kind = kind
    self.reason = reason
    self.line = line


def report__MarketingShort(self, *, amount, leaves_out):
    self.amount = amount
    self.leaves_out = _leaves_out() if leaves_out is FACTORY else leaves_out


def report__Metrics(self, *, marketing_share_of_revenue, marketing_share_of_spend, sales_share_of_spend, referral_share, owner_marketing_time_share, referral_share_on_their_own, referral_share_warned_by, marketing_received, marketing_collected, spend_counted, marketing_counted, marketing_given_up, marketing_counted_commissions, marketing_short, marketing_excess, sales_in_margin):
    self.marketing_share_of_revenue = marketing_share_of_revenue
    self.marketing_share_of_spend = marketing_share_of_spend
    self.sales_share_of_spend = sales_share_of_spend
    self.referral_share = referral_share
    self.owner_marketing_time_share = owner_marketing_time_share
    self.referral_share_on_their_own = referral_share_on_their_own
    self.referral_share_warned_by = _referral_share_warned_by() if referral_share_warned_by is FACTORY else referral_share_warned_by
    self.marketing_received = marketing_received
    self.marketing_collected = marketing_collected
    self.spend_counted = spend_counted
    self.marketing_counted = marketing_counted
    self.marketing_given_up = marketing_given_up
    self.marketing_counted_commissions = marketing_counted_commissions
    self.marketing_short = marketing_short
    self.marketing_excess = marketing_excess
    self.sales_in_margin = sales_in_margin


def report__Predictability(self, *, verdict, headline, reasons, acquisition_channels, channels, non_referral_share, too_small, held_back, asked_back):
    self.verdict = verdict
    self.headline = headline
    self.reasons = reasons
    self.acquisition_channels = acquisition_channels
    self.channels = channels
    self.non_referral_share = non_referral_share
    self.too_small = too_small
    self.held_back = held_back
    self.asked_back = asked_back


def report__EconomicsFigure(self, *, value, basis):
    self.value = value
    self.basis = basis


def report__MoneyFigure(self, *, value, basis):
    self.value = value
    self.basis = basis


def report__CustomerEconomics(self, *, cac, ltv, ltv_to_cac, payback_months, non_referral_cac, ltv_to_non_referral_cac, non_referral_payback_months, payback_norm_months, judged_by, cac_lines, ltv_to_cac_with_commissions, ltv_to_listed_cac):
    self.cac = cac
    self.ltv = ltv
    self.ltv_to_cac = ltv_to_cac
    self.payback_months = payback_months
    self.non_referral_cac = non_referral_cac
    self.ltv_to_non_referral_cac = ltv_to_non_referral_cac
    self.non_referral_payback_months = non_referral_payback_months
    self.payback_norm_months = payback_norm_months
    self.judged_by = judged_by
    self.cac_lines = cac_lines
    self.ltv_to_cac_with_commissions = ltv_to_cac_with_commissions
    self.ltv_to_listed_cac = ltv_to_listed_cac


def report__BenchmarkOut(self, *, source, year, figure, high, scope, basis, note):
    self.source = source
    self.year = year
    self.figure = figure
    self.high = high
    self.scope = scope
    self.basis = basis
    self.note = note


def report__ThresholdOut(self, *, value, source):
    self.value = value
    self.source = source


def report__ComponentScore(self, *, name, weight, earned, basis):
    self.name = name
    self.weight = weight
    self.earned = earned
    self.basis = basis


def report__Finding(self, *, rule, name, severity, message, advice, line, column, subject):
    self.rule = rule
    self.name = name
    self.severity = severity
    self.message = message
    self.advice = advice
    self.line = line
    self.column = column
    self.subject = subject


def report__SkippedRule(self, *, rule, reason, line):
    self.rule = rule
    self.reason = reason
    self.line = line


def report__Profit(self, *, net_revenue, cost_of_sales, contra_revenue, operating_profit, operating_margin, interest_and_income_tax, interest_and_income_tax_lines, income_tax, no_cost, profit_without_moved, thin_margin_short, collected_for_others, revenue_given_up, revenue_given_up_lines):
    self.net_revenue = net_revenue
    self.cost_of_sales = cost_of_sales
    self.contra_revenue = contra_revenue
    self.operating_profit = operating_profit
    self.operating_margin = operating_margin
    self.interest_and_income_tax = interest_and_income_tax
    self.interest_and_income_tax_lines = _interest_and_income_tax_lines() if interest_and_income_tax_lines is FACTORY else interest_and_income_tax_lines
    self.income_tax = income_tax
    self.no_cost = no_cost
    self.profit_without_moved = profit_without_moved
    self.thin_margin_short = thin_margin_short
    self.collected_for_others = collected_for_others
    self.revenue_given_up = revenue_given_up
    self.revenue_given_up_lines = _revenue_given_up_lines() if revenue_given_up_lines is FACTORY else revenue_given_up_lines


def report__IndustryRange(self, *, id, label, sector, low, high, low_is_floor, basis, scope, compared_share, above_only_as_listed, left_out, left_out_why, left_out_lines, base_left_out, base_added, source, year, kind, note, confidence, sources_country, range_reference, payback_months, referral_rule, referral_allowed, flagged_left_out, flagged_lines, referral_rules_whose, high_is_ceiling):
    self.id = id
    self.label = label
    self.sector = sector
    self.low = low
    self.high = high
    self.low_is_floor = low_is_floor
    self.basis = basis
    self.scope = scope
    self.compared_share = compared_share
    self.above_only_as_listed = above_only_as_listed
    self.left_out = left_out
    self.left_out_why = left_out_why
    self.left_out_lines = left_out_lines
    self.base_left_out = base_left_out
    self.base_added = base_added
    self.source = source
    self.year = year
    self.kind = kind
    self.note = note
    self.confidence = confidence
    self.sources_country = sources_country
    self.range_reference = range_reference
    self.payback_months = payback_months
    self.referral_rule = referral_rule
    self.referral_allowed = referral_allowed
    self.flagged_left_out = flagged_left_out
    self.flagged_lines = flagged_lines
    self.referral_rules_whose = referral_rules_whose
    self.high_is_ceiling = high_is_ceiling


def report__OwnerTime(self, *, rate, marketing_hours_per_week, weeks, value, marketing_with_owner_time, share_of_revenue, stated_rate, paid, hours_per_week, owners):
    self.rate = rate
    self.marketing_hours_per_week = marketing_hours_per_week
    self.weeks = weeks
    self.value = value
    self.marketing_with_owner_time = marketing_with_owner_time
    self.share_of_revenue = share_of_revenue
    self.stated_rate = stated_rate
    self.paid = paid
    self.hours_per_week = hours_per_week
    self.owners = owners


def report__ScoreCap(self, *, limit, reason):
    self.limit = limit
    self.reason = reason


def report__ChannelResult(self, *, name, spend, customers, cac, share_of_spend, share_of_customers, sources, activities, ltv_to_cac, joined_by, restricted_by, asked, questions, retention, kept_by, fees, worked_by, paid_sources, paid_customers, reached_sources, reached_customers, fees_netted, reward_price, beyond_worth, commission_left_out, left_out, left_out_why):
    self.name = name
    self.spend = spend
    self.customers = customers
    self.cac = cac
    self.share_of_spend = share_of_spend
    self.share_of_customers = share_of_customers
    self.sources = sources
    self.activities = activities
    self.ltv_to_cac = ltv_to_cac
    self.joined_by = joined_by
    self.restricted_by = restricted_by
    self.asked = _asked() if asked is FACTORY else asked
    self.questions = _questions() if questions is FACTORY else questions
    self.retention = retention
    self.kept_by = _kept_by() if kept_by is FACTORY else kept_by
    self.fees = fees
    self.worked_by = _worked_by() if worked_by is FACTORY else worked_by
    self.paid_sources = _paid_sources() if paid_sources is FACTORY else paid_sources
    self.paid_customers = paid_customers
    self.reached_sources = _reached_sources() if reached_sources is FACTORY else reached_sources
    self.reached_customers = reached_customers
    self.fees_netted = fees_netted
    self.reward_price = reward_price
    self.beyond_worth = beyond_worth
    self.commission_left_out = commission_left_out
    self.left_out = left_out
    self.left_out_why = left_out_why


def report__ProfileReport(self, *, path, passed, score, verdict, business, revenue, spend, marketing_by_purpose, metrics, predictability, economics, benchmarks, policy, score_components, activities, customer_sources, findings, skipped, profit, industry, owner_time, score_caps, channels):
    self.path = path
    self.passed = passed
    self.score = score
    self.verdict = verdict
    self.business = business
    self.revenue = revenue
    self.spend = spend
    self.marketing_by_purpose = marketing_by_purpose
    self.metrics = metrics
    self.predictability = predictability
    self.economics = economics
    self.benchmarks = benchmarks
    self.policy = policy
    self.score_components = score_components
    self.activities = activities
    self.customer_sources = customer_sources
    self.findings = findings
    self.skipped = skipped
    self.profit = profit
    self.industry = industry
    self.owner_time = owner_time
    self.score_caps = score_caps
    self.channels = _channels() if channels is FACTORY else channels


def report__InputErrorOut(self, *, path, line, column, message, hint):
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint


def report__Report(self, *, version, passed, strict, profiles, errors):
    self.version = version
    self.passed = passed
    self.strict = strict
    self.profiles = profiles
    self.errors = _errors() if errors is FACTORY else errors


def diff__Change(self, *, metric, before, after, change, better, worse, in_range):
    self.metric = metric
    self.before = before
    self.after = after
    self.change = change
    self.better = better
    self.worse = worse
    self.in_range = in_range


def diff__MoneyChange(self, *, name, before, after, change):
    self.name = name
    self.before = before
    self.after = after
    self.change = change


def diff__ChannelChange(self, *, name, spend_before, spend_after, customers_before, customers_after, cac_before, cac_after):
    self.name = name
    self.spend_before = spend_before
    self.spend_after = spend_after
    self.customers_before = customers_before
    self.customers_after = customers_after
    self.cac_before = cac_before
    self.cac_after = cac_after


def diff__FindingRef(self, *, rule, severity, subject, message):
    self.rule = rule
    self.severity = severity
    self.subject = subject
    self.message = message


def diff__Diff(self, *, version, old, new, currency, score_before, score_after, metrics, spend, resolved, introduced, verdict_before, verdict_after, marketing_share_of, customers_unchanged, judged_by, results, channels, caps_lifted, caps_added):
    self.version = version
    self.old = old
    self.new = new
    self.currency = currency
    self.score_before = score_before
    self.score_after = score_after
    self.metrics = metrics
    self.spend = spend
    self.resolved = resolved
    self.introduced = introduced
    self.verdict_before = verdict_before
    self.verdict_after = verdict_after
    self.marketing_share_of = marketing_share_of
    self.customers_unchanged = customers_unchanged
    self.judged_by = judged_by
    self.results = _results() if results is FACTORY else results
    self.channels = _channels() if channels is FACTORY else channels
    self.caps_lifted = _caps_lifted() if caps_lifted is FACTORY else caps_lifted
    self.caps_added = _caps_added() if caps_added is FACTORY else caps_added


def plan__PlanMove(self, *, source, target, amount, reason):
    self.source = source
    self.target = target
    self.amount = amount
    self.reason = reason


def plan__PlanChannel(self, *, name, spend, planned_spend, customers, projected_customers, cac, projected_cac, left_alone, left_out, left_out_why):
    self.name = name
    self.spend = spend
    self.planned_spend = planned_spend
    self.customers = customers
    self.projected_customers = projected_customers
    self.cac = cac
    self.projected_cac = projected_cac
    self.left_alone = left_alone
    self.left_out = left_out
    self.left_out_why = left_out_why


def plan__PlanReport(self, *, path, business, currency, headline, moves, current_budget, planned_budget, current_new_customers, projected_new_customers, operating_profit, planned_operating_profit, target_new_customers, channels, assumptions):
    self.path = path
    self.business = business
    self.currency = currency
    self.headline = headline
    self.moves = moves
    self.current_budget = current_budget
    self.planned_budget = planned_budget
    self.current_new_customers = current_new_customers
    self.projected_new_customers = projected_new_customers
    self.operating_profit = operating_profit
    self.planned_operating_profit = planned_operating_profit
    self.target_new_customers = target_new_customers
    self.channels = channels
    self.assumptions = assumptions


def config__Settings(self, *, pyproject, project, env, workers):
    self.pyproject = pyproject
    self.project = project
    self.env = _env() if env is FACTORY else env
    self.workers = workers


def checker__Options(self, *, cli, settings, strict, limits, fail_on):
    self.cli = _cli() if cli is FACTORY else cli
    self.settings = _settings() if settings is FACTORY else settings
    self.strict = strict
    self.limits = _limits() if limits is FACTORY else limits
    self.fail_on = fail_on


INITS: dict[str, Any] = {
    'report.BusinessInfo': (report__BusinessInfo, ('name', 'industry', 'currency', 'locale', 'period', 'capacity_used'), ()),
    'report.ActivityResult': (report__ActivityResult, ('name', 'spend', 'category', 'purpose', 'source', 'reason', 'confidence', 'term', 'recurring', 'line', 'given_up'), ()),
    'report.SourceResult': (report__SourceResult, ('name', 'customers', 'kind', 'reason', 'line'), ()),
    'report.MarketingShort': (report__MarketingShort, ('amount', 'leaves_out'), ('leaves_out',)),
    'report.Metrics': (report__Metrics, ('marketing_share_of_revenue', 'marketing_share_of_spend', 'sales_share_of_spend', 'referral_share', 'owner_marketing_time_share', 'referral_share_on_their_own', 'referral_share_warned_by', 'marketing_received', 'marketing_collected', 'spend_counted', 'marketing_counted', 'marketing_given_up', 'marketing_counted_commissions', 'marketing_short', 'marketing_excess', 'sales_in_margin'), ('referral_share_warned_by',)),
    'report.Predictability': (report__Predictability, ('verdict', 'headline', 'reasons', 'acquisition_channels', 'channels', 'non_referral_share', 'too_small', 'held_back', 'asked_back'), ()),
    'report.EconomicsFigure': (report__EconomicsFigure, ('value', 'basis'), ()),
    'report.MoneyFigure': (report__MoneyFigure, ('value', 'basis'), ()),
    'report.CustomerEconomics': (report__CustomerEconomics, ('cac', 'ltv', 'ltv_to_cac', 'payback_months', 'non_referral_cac', 'ltv_to_non_referral_cac', 'non_referral_payback_months', 'payback_norm_months', 'judged_by', 'cac_lines', 'ltv_to_cac_with_commissions', 'ltv_to_listed_cac'), ()),
    'report.BenchmarkOut': (report__BenchmarkOut, ('source', 'year', 'figure', 'high', 'scope', 'basis', 'note'), ()),
    'report.ThresholdOut': (report__ThresholdOut, ('value', 'source'), ()),
    'report.ComponentScore': (report__ComponentScore, ('name', 'weight', 'earned', 'basis'), ()),
    'report.Finding': (report__Finding, ('rule', 'name', 'severity', 'message', 'advice', 'line', 'column', 'subject'), ()),
    'report.SkippedRule': (report__SkippedRule, ('rule', 'reason', 'line'), ()),
    'report.Profit': (report__Profit, ('net_revenue', 'cost_of_sales', 'contra_revenue', 'operating_profit', 'operating_margin', 'interest_and_income_tax', 'interest_and_income_tax_lines', 'income_tax', 'no_cost', 'profit_without_moved', 'thin_margin_short', 'collected_for_others', 'revenue_given_up', 'revenue_given_up_lines'), ('interest_and_income_tax_lines', 'revenue_given_up_lines')),
    'report.IndustryRange': (report__IndustryRange, ('id', 'label', 'sector', 'low', 'high', 'low_is_floor', 'basis', 'scope', 'compared_share', 'above_only_as_listed', 'left_out', 'left_out_why', 'left_out_lines', 'base_left_out', 'base_added', 'source', 'year', 'kind', 'note', 'confidence', 'sources_country', 'range_reference', 'payback_months', 'referral_rule', 'referral_allowed', 'flagged_left_out', 'flagged_lines', 'referral_rules_whose', 'high_is_ceiling'), ()),
    'report.OwnerTime': (report__OwnerTime, ('rate', 'marketing_hours_per_week', 'weeks', 'value', 'marketing_with_owner_time', 'share_of_revenue', 'stated_rate', 'paid', 'hours_per_week', 'owners'), ()),
    'report.ScoreCap': (report__ScoreCap, ('limit', 'reason'), ()),
    'report.ChannelResult': (report__ChannelResult, ('name', 'spend', 'customers', 'cac', 'share_of_spend', 'share_of_customers', 'sources', 'activities', 'ltv_to_cac', 'joined_by', 'restricted_by', 'asked', 'questions', 'retention', 'kept_by', 'fees', 'worked_by', 'paid_sources', 'paid_customers', 'reached_sources', 'reached_customers', 'fees_netted', 'reward_price', 'beyond_worth', 'commission_left_out', 'left_out', 'left_out_why'), ('asked', 'questions', 'kept_by', 'worked_by', 'paid_sources', 'reached_sources')),
    'report.ProfileReport': (report__ProfileReport, ('path', 'passed', 'score', 'verdict', 'business', 'revenue', 'spend', 'marketing_by_purpose', 'metrics', 'predictability', 'economics', 'benchmarks', 'policy', 'score_components', 'activities', 'customer_sources', 'findings', 'skipped', 'profit', 'industry', 'owner_time', 'score_caps', 'channels'), ('channels',)),
    'report.InputErrorOut': (report__InputErrorOut, ('path', 'line', 'column', 'message', 'hint'), ()),
    'report.Report': (report__Report, ('version', 'passed', 'strict', 'profiles', 'errors'), ('errors',)),
    'diff.Change': (diff__Change, ('metric', 'before', 'after', 'change', 'better', 'worse', 'in_range'), ()),
    'diff.MoneyChange': (diff__MoneyChange, ('name', 'before', 'after', 'change'), ()),
    'diff.ChannelChange': (diff__ChannelChange, ('name', 'spend_before', 'spend_after', 'customers_before', 'customers_after', 'cac_before', 'cac_after'), ()),
    'diff.FindingRef': (diff__FindingRef, ('rule', 'severity', 'subject', 'message'), ()),
    'diff.Diff': (diff__Diff, ('version', 'old', 'new', 'currency', 'score_before', 'score_after', 'metrics', 'spend', 'resolved', 'introduced', 'verdict_before', 'verdict_after', 'marketing_share_of', 'customers_unchanged', 'judged_by', 'results', 'channels', 'caps_lifted', 'caps_added'), ('results', 'channels', 'caps_lifted', 'caps_added')),
    'plan.PlanMove': (plan__PlanMove, ('source', 'target', 'amount', 'reason'), ()),
    'plan.PlanChannel': (plan__PlanChannel, ('name', 'spend', 'planned_spend', 'customers', 'projected_customers', 'cac', 'projected_cac', 'left_alone', 'left_out', 'left_out_why'), ()),
    'plan.PlanReport': (plan__PlanReport, ('path', 'business', 'currency', 'headline', 'moves', 'current_budget', 'planned_budget', 'current_new_customers', 'projected_new_customers', 'operating_profit', 'planned_operating_profit', 'target_new_customers', 'channels', 'assumptions'), ()),
    'config.Settings': (config__Settings, ('pyproject', 'project', 'env', 'workers'), ('env',)),
    'checker.Options': (checker__Options, ('cli', 'settings', 'strict', 'limits', 'fail_on'), ('cli', 'settings', 'limits')),
}
