#!/usr/bin/python3
"""
The cla-analyse KS4 factor model done the way analysts do it today: pandas + statsmodels.

    /usr/bin/python3 scripts/compare-pandas.py <folder>     # a folder written by `cla-analyse synth`

Reads the CSV layout `cla-analyse synth` writes (903/<LA>/<YEAR>/header.csv, episodes.csv and
npd/<table>_<yyyy-yy>.csv), merges the 903 returns, derives each child's care factors at the
31 March census date of every KS4 year, links on UPN (and census FormerUPN), builds the education
factors from the pupil files and fits OLS of Attainment 8 on the `rees` factors for the cla_12m
cohort with cluster-robust (CR1) errors by school. Prints one JSON document on stdout: stage timings
and the coefficients with their standard errors. No UPN or CHILD id is ever printed.

It is a side-by-side benchmark (docs/compare-pandas.md lists what it simplifies), not a second
implementation of the tool: no validation, no findings, no row accounting.
Written for Debian 12's python3-pandas 1.5 and python3-statsmodels 0.13.
"""
import json
import os
import re
import sys
import time

T_START = time.perf_counter()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import statsmodels  # noqa: E402
import statsmodels.formula.api as smf  # noqa: E402

T_IMPORTED = time.perf_counter()

CHUNK = 2_000_000  # rows per chunk for the big pupil files (read, then keep the rows that matter)
CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'
PLACEHOLDERS = {'UN1', 'UN2', 'UN3', 'UN4', 'UN5'}
RESPITE_LS = {'V3', 'V4'}
CHANGE_RNE = {'P', 'B', 'T', 'U'}  # the default placement-change set (definitions.md)
TEMPORARY = {'T0', 'T1', 'T2', 'T3', 'T4'}
FOSTER = {'U1', 'U2', 'U3', 'U4', 'U5', 'U6'}
DAYS_PER_YEAR = 365.25
OPEN_END = np.int64(1 << 40)  # an open episode's end day: after every date in the data
EPOCH = np.datetime64('1970-01-01', 'D')


def day_numbers(series):
    """dd/mm/yyyy text → days since 1970-01-01 (float, NaN where blank or not a date)."""
    dates = pd.to_datetime(series, format='%d/%m/%Y', errors='coerce')
    days = (dates.values.astype('datetime64[D]') - EPOCH).astype('int64').astype('float64')
    days[dates.isna().values] = np.nan
    return days


def day_of(iso):
    return int((np.datetime64(iso, 'D') - EPOCH).astype('int64'))


def upn_kind(raw):
    """cla-analyse's classifyUpn: permanent, temporary, placeholder, blank or invalid."""
    upn = (raw or '').strip().upper() if isinstance(raw, str) else ''
    if upn == '':
        return 'blank'
    if upn in PLACEHOLDERS:
        return 'placeholder'
    if not re.fullmatch(r'[A-Z][0-9]{11}[0-9A-Z]', upn):
        return 'invalid'
    total = 0
    for i in range(1, 13):
        ch = upn[i]
        if ch.isdigit():
            value = ord(ch) - 48
        else:
            value = CHECK_LETTERS.find(ch)
            if value < 0:
                return 'invalid'
        total += value * (i + 1)
    if upn[0] != CHECK_LETTERS[total % 23]:
        return 'invalid'
    return 'permanent' if upn[-1].isdigit() else 'temporary'


# --------------------------------------------------------------------------------------- read
def discover(folder):
    """The synth layout: 903/<LA>/<YEAR>/<table>.csv and npd/<table>_<yyyy-yy>.csv."""
    returns, npd = [], {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if not name.lower().endswith('.csv'):
                continue
            path = os.path.join(root, name)
            parts = os.path.relpath(path, folder).split(os.sep)
            if len(parts) == 4 and parts[0] == '903' and re.fullmatch(r'\d{3}', parts[1]) and re.fullmatch(r'\d{4}', parts[2]):
                returns.append((parts[1], int(parts[2]), name.lower(), path))
            elif parts[0] == 'npd':
                m = re.fullmatch(r'([a-z0-9_]+?)_(\d{4}-\d{2})\.csv', name.lower())
                if m:
                    npd.setdefault(m.group(1), []).append(path)
    returns.sort()
    for paths in npd.values():
        paths.sort()
    return returns, npd


def read_903(returns, table, usecols):
    frames = []
    for order, (la, year, name, path) in enumerate(r for r in returns if r[2] == f'{table}.csv'):
        df = pd.read_csv(path, dtype=str, usecols=usecols)
        df['la'] = la
        df['year'] = year
        df['file'] = order
        frames.append(df)
    out = pd.concat(frames, ignore_index=True)
    out['line'] = out.groupby('file').cumcount()
    return out


def read_pupil_files(paths, usecols, keep):
    """Every file of one pupil table (dtype=str), read in chunks; `keep(chunk)` picks the rows kept."""
    frames = []
    for order, path in enumerate(paths):
        for chunk in pd.read_csv(path, dtype=str, usecols=usecols, chunksize=CHUNK):
            kept = keep(chunk)
            kept = kept.assign(file=order)
            frames.append(kept)
    if not frames:
        return pd.DataFrame(columns=list(usecols) + ['file'])
    return pd.concat(frames, ignore_index=True)


def read_all(folder):
    returns, npd = discover(folder)
    if not returns or 'ks4_pupil' not in npd:
        raise SystemExit(f'{folder}: no 903 returns or no KS4 pupil file in the synth layout (903/<LA>/<YEAR>/*.csv, npd/*.csv)')
    header = read_903(returns, 'header', ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'])
    episodes = read_903(returns, 'episodes', ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'URN', 'PL_POST'])
    child_upns = set(header['UPN'].dropna().str.strip().str.upper().unique())

    # KS4 pupils first: the other pupil files are kept to the KS4 pupils (and to the UPNs of 903 children, for linkage)
    ks4 = read_pupil_files(npd['ks4_pupil'], ['KS4_UPN', 'KS4_ACADYR', 'KS4_URN', 'KS4_LA', 'KS4_ATT8', 'KS4_KS2EMSS'], lambda c: c)
    ks4_upns = set(ks4['KS4_UPN'].dropna().unique())
    aliases = []  # (alias, pupil) pairs whose alias is a 903 child's UPN

    def note_upns(chunk, column='UPN'):
        upns = chunk[column].dropna().unique()
        hit = upns[pd.Series(upns).isin(child_upns).values]
        aliases.append(pd.DataFrame({'alias': hit, 'pupil': hit}))

    note_upns(ks4, 'KS4_UPN')

    def ks4_rows(chunk, former=False):
        note_upns(chunk)
        if former:
            f = chunk[chunk['FormerUPN'].notna() & chunk['FormerUPN'].isin(child_upns) & chunk['UPN'].notna()]
            aliases.append(pd.DataFrame({'alias': f['FormerUPN'].values, 'pupil': f['UPN'].values}))
        return chunk[chunk['UPN'].isin(ks4_upns)]

    ks2 = read_pupil_files(npd.get('ks2_pupil', []), ['UPN', 'ACADYR', 'READSCORE', 'MATSCORE'], ks4_rows)
    census = read_pupil_files(npd.get('census', []), ['UPN', 'AcademicYear', 'CensusTerm', 'URN', 'LA', 'FormerUPN', 'SENprovision', 'SchoolType'],
                              lambda c: ks4_rows(c, former=True))
    absence = read_pupil_files(npd.get('absence', []), ['UPN', 'ACADYR', 'SessionsPossible', 'AuthorisedAbsence', 'UnauthorisedAbsence'], ks4_rows)
    exclusions = read_pupil_files(npd.get('exclusions', []), ['UPN', 'ACADYR', 'Category', 'Sessions'], ks4_rows)
    alias = pd.concat(aliases, ignore_index=True).drop_duplicates()
    counts = {'returns': len({(r[0], r[1]) for r in returns}), 'las': len({r[0] for r in returns}), 'header_rows': len(header),
              'episode_rows': len(episodes), 'ks4_pupil_rows': len(ks4), 'census_rows_kept': len(census)}
    return dict(header=header, episodes=episodes, ks4=ks4, ks2=ks2, census=census, absence=absence, exclusions=exclusions, alias=alias), counts


# --------------------------------------------------------------------------------------- derive
def merge_returns(ep):
    """Merge returns (latest copy of an episode wins), close open episodes missing from later returns."""
    ep = ep.copy()
    ep['start'] = day_numbers(ep['DECOM'])
    ep['end'] = day_numbers(ep['DEC'])
    ep = ep[ep['start'].notna() & (ep['end'].isna() | (ep['end'] >= ep['start']))]
    ep = ep.sort_values(['la', 'CHILD', 'start', 'end', 'year', 'file', 'line'], na_position='last', kind='mergesort')
    latest = ep.groupby(['la', 'CHILD', 'start'], sort=False)['year'].transform('max')
    ep = ep[ep['year'] == latest].copy()
    last_return = ep.groupby('la')['year'].transform('max')
    nxt = ep.groupby(['la', 'CHILD'], sort=False)['start'].shift(-1)
    missing = ep['end'].isna() & (ep['year'] < last_return)
    ep['closed_by_next'] = missing & nxt.notna() & (nxt > ep['start'])
    ep.loc[ep['closed_by_next'], 'end'] = nxt[ep['closed_by_next']]
    at_return_end = missing & ~ep['closed_by_next']  # closed at the end of its return year (1 April, exclusive)
    ep.loc[at_return_end, 'end'] = ep.loc[at_return_end, 'year'].map(lambda y: day_of(f'{y}-04-01')).astype('float64')
    return ep


def care_histories(ep):
    """Respite apart; periods of care, placement changes, the settled placement and coverage spans."""
    respite = ep[ep['LS'].isin(RESPITE_LS)]
    care = ep[~ep['LS'].isin(RESPITE_LS)].copy()
    care['child_key'] = care['la'] + '|' + care['CHILD']
    g = care.groupby('child_key', sort=False)
    first = g.cumcount() == 0
    end_filled = care['end'].fillna(OPEN_END)
    prev_max_end = end_filled.groupby(care['child_key'], sort=False).cummax().groupby(care['child_key'], sort=False).shift(1)
    prev_ended = (care['end'].notna() & (care['REC'] != 'X1') & ~care['closed_by_next']).groupby(care['child_key'], sort=False).shift(1, fill_value=False)
    new_period = first | prev_ended.astype(bool) | (care['start'] > prev_max_end) | (care['RNE'] == 'S')
    care['period'] = new_period.cumsum()

    temporary = care['PLACE'].isin(TEMPORARY)
    norm = lambda col: care[col].fillna('').str.replace(r'\s+', '', regex=True).str.upper()
    identity = care['PLACE'].fillna('') + '|' + norm('PLACE_PROVIDER') + '|' + norm('URN') + '|' + norm('PL_POST')
    settled_identity = identity.where(~temporary)
    before_identity = settled_identity.groupby(care['period'], sort=False).shift(1).groupby(care['period'], sort=False).ffill()
    prev_temporary = temporary.groupby(care['period'], sort=False).shift(1, fill_value=False).astype(bool)
    back = prev_temporary & (before_identity == identity)
    care['change'] = care['RNE'].isin(CHANGE_RNE) & ~temporary & ~back
    care['settled_place'] = care['PLACE'].where(~temporary).groupby(care['period'], sort=False).ffill()

    # coverage: union of [start, end) spans, touching spans merged (episodes covering no day left out)
    cov = care.loc[~(care['end'] <= care['start']), ['child_key', 'start', 'end']].copy()
    cov['end'] = cov['end'].fillna(OPEN_END)
    cov = cov.sort_values(['child_key', 'start'], kind='mergesort')
    run_end = cov.groupby('child_key', sort=False)['end'].cummax()
    prev_run_end = run_end.groupby(cov['child_key'], sort=False).shift(1)
    block = (prev_run_end.isna() | (cov['start'] > prev_run_end)).cumsum()
    spans = cov.groupby(block).agg(child_key=('child_key', 'first'), start=('start', 'min'), end=('end', 'max'))
    respite = respite.assign(child_key=respite['la'] + '|' + respite['CHILD'], end=respite['end'].fillna(OPEN_END))
    return care, spans, respite


def care_factors_at(year, care, spans, respite, dob_day11):
    """Care factors of every child at 31 March `year` (only children with a period started by then)."""
    census = day_of(f'{year}-03-31')
    year_start = day_of(f'{year - 1}-04-01')
    next_year = day_of(f'{year}-04-01')
    started = care[care['start'] <= census]
    out = pd.DataFrame({'ever_cla': 1}, index=pd.Index(started['child_key'].unique(), name='child_key'))
    # days looked after before the census day; looked after on it; 12 months to it
    s = spans[spans['start'] < census]
    days = (np.minimum(s['end'], census) - s['start']).groupby(s['child_key']).sum()
    out['days_in_care'] = days.reindex(out.index).fillna(0)
    on_census = spans[(spans['start'] <= census) & (spans['end'] > census)]['child_key']
    out['cla_31mar'] = out.index.isin(on_census).astype(int)
    whole_year = spans[(spans['start'] <= year_start) & (spans['end'] > year_start) & (spans['end'] >= census)]['child_key']
    short_breaks = respite[(respite['start'] < next_year) & (respite['end'] > year_start)]['child_key']
    out['cla_12m'] = (out.index.isin(whole_year) & ~out.index.isin(short_breaks)).astype(int)
    # placement changes from the 11th birthday to the census date
    ch = started[started['change']]
    birthday11 = dob_day11.reindex(ch['child_key']).values
    counted = ch[(ch['start'] >= birthday11) & (ch['start'] <= census)]
    out['placement_changes_after_11'] = counted.groupby('child_key').size().reindex(out.index).fillna(0)
    # placement on the census day: the last episode covering it, or the placement a temporary one interrupts
    covering = started[started['end'].isna() | (started['end'] > census)].drop_duplicates('child_key', keep='last')
    place = covering.set_index('child_key')['settled_place'].reindex(out.index)
    out['not_foster_y11'] = np.where(place.isna(), np.nan, (~place.isin(FOSTER)).astype(float))
    out['y'] = year
    return out


def ay_end(series):
    return series.str.slice(0, 4).astype(int) + 1


def education_factors(d):
    ks4 = d['ks4'].rename(columns={'KS4_UPN': 'pupil', 'KS4_ACADYR': 'ks4_year'})
    ks4 = ks4[ks4['pupil'].notna() & ks4['ks4_year'].notna()].drop_duplicates(['pupil', 'ks4_year'], keep='first').copy()
    ks4['y'] = ay_end(ks4['ks4_year'])
    ks4['att8'] = pd.to_numeric(ks4['KS4_ATT8'], errors='coerce')
    ks4['ks2emss_file'] = pd.to_numeric(ks4['KS4_KS2EMSS'], errors='coerce')
    keys = ks4[['pupil', 'ks4_year', 'y']]

    # census: moves between consecutive records, and the latest record of the KS4 year
    c = d['census'].copy()
    c['cy'] = ay_end(c['AcademicYear'])
    c['t'] = c['CensusTerm'].map({'AUT': 1, 'SPR': 2}).fillna(3)
    c['line'] = np.arange(len(c))
    c = c.sort_values(['UPN', 'cy', 't', 'file', 'line'], kind='mergesort')
    c['moved'] = (c['URN'] != c.groupby('UPN', sort=False)['URN'].shift(1)) & c.groupby('UPN', sort=False).cumcount().gt(0)
    cm = keys.merge(c[['UPN', 'cy', 'moved']], left_on='pupil', right_on='UPN')
    cm = cm[(cm['cy'] == cm['y']) | (cm['cy'] == cm['y'] - 1)]
    moves = cm.groupby(['pupil', 'ks4_year'])['moved'].max().astype(int).rename('school_change_y10_y11')
    latest = c.groupby(['UPN', 'cy'], sort=False).tail(1)[['UPN', 'cy', 'URN', 'LA', 'SENprovision', 'SchoolType']]
    latest = keys.merge(latest, left_on=['pupil', 'y'], right_on=['UPN', 'cy'])
    latest['sen_y11'] = latest['SENprovision'].map({'E': 'ehcp', 'S': 'ehcp', 'K': 'support', 'N': 'none'})
    latest = latest.set_index(['pupil', 'ks4_year'])[['URN', 'LA', 'sen_y11', 'SchoolType']].rename(
        columns={'URN': 'census_urn', 'LA': 'census_la', 'SchoolType': 'school_type_y11'})
    latest['has_census'] = True

    # absence over Years 10 and 11
    a = d['absence'].copy()
    a['ay'] = ay_end(a['ACADYR'])
    for col in ('SessionsPossible', 'AuthorisedAbsence', 'UnauthorisedAbsence'):
        a[col] = pd.to_numeric(a[col], errors='coerce')
    am = keys.merge(a, left_on='pupil', right_on='UPN')
    am = am[(am['ay'] == am['y']) | (am['ay'] == am['y'] - 1)]
    ab = am.groupby(['pupil', 'ks4_year'])[['SessionsPossible', 'UnauthorisedAbsence']].sum()
    ab['unauthorised_absence_pct'] = 100.0 * ab['UnauthorisedAbsence'] / ab['SessionsPossible'].where(ab['SessionsPossible'] > 0)
    ab['has_absence'] = True

    # suspension days over Years 10 and 11
    x = d['exclusions']
    x = x[x['Category'] == 'FIXD'].copy()
    x['ay'] = ay_end(x['ACADYR'])
    x['days'] = pd.to_numeric(x['Sessions'], errors='coerce') / 2.0
    xm = keys.merge(x, left_on='pupil', right_on='UPN')
    xm = xm[(xm['ay'] == xm['y']) | (xm['ay'] == xm['y'] - 1)]
    susp = xm.groupby(['pupil', 'ks4_year'])['days'].sum().rename('susp')

    # KS2 prior attainment: the KS4 file's, else the latest KS2 file's mean of reading and maths
    k2 = d['ks2'].copy()
    k2['emss'] = (pd.to_numeric(k2['READSCORE'], errors='coerce') + pd.to_numeric(k2['MATSCORE'], errors='coerce')) / 2
    k2['line'] = np.arange(len(k2))
    k2 = k2.sort_values(['UPN', 'ACADYR', 'file', 'line'], ascending=[True, False, True, True], kind='mergesort').drop_duplicates('UPN')
    ks2_emss = k2.set_index('UPN')['emss']

    e = ks4.set_index(['pupil', 'ks4_year'])
    e = e.join(moves).join(latest).join(ab[['unauthorised_absence_pct', 'has_absence']]).join(susp)
    known = e['has_absence'].notna() | e['has_census'].notna()
    e['suspension_days'] = np.where(known, e['susp'].fillna(0), np.nan)
    e['ks2_emss'] = e['ks2emss_file'].fillna(pd.Series(e.index.get_level_values('pupil').map(ks2_emss), index=e.index))
    e['school_urn'] = e['KS4_URN'].fillna(e['census_urn'])
    return e.reset_index()[['pupil', 'ks4_year', 'y', 'school_urn', 'att8', 'ks2_emss', 'school_change_y10_y11', 'unauthorised_absence_pct',
                            'suspension_days', 'sen_y11', 'school_type_y11']]


def children_and_links(d):
    """Each child's Header fields from its latest return; the UPN it is linked by; the pupil it links to."""
    h = d['header'].copy()
    h['UPN'] = h['UPN'].str.strip().str.upper()
    kinds = {u: upn_kind(u) for u in h['UPN'].dropna().unique()}
    h['usable'] = h['UPN'].map(kinds).isin(['permanent', 'temporary'])
    h = h.sort_values(['la', 'CHILD', 'year', 'file', 'line'], kind='mergesort')
    h['child_key'] = h['la'] + '|' + h['CHILD']
    g = h.groupby('child_key', sort=False)
    children = g[['la', 'DOB', 'ETHNIC']].last()  # last non-null of each
    children['sex'] = g['SEX'].last().map({'1': 'M', 'M': 'M', '2': 'F', 'F': 'F', 'U': 'U'})
    usable = h[h['usable']].groupby('child_key', sort=False)['UPN'].last()
    children['upn'] = usable.reindex(children.index).fillna(g['UPN'].last())
    dob = pd.to_datetime(children['DOB'], format='%d/%m/%Y', errors='coerce')
    # the 11th birthday (29 February falls on 28 February in other years)
    b11 = pd.to_datetime({'year': dob.dt.year + 11, 'month': dob.dt.month, 'day': dob.dt.day.where(~((dob.dt.month == 2) & (dob.dt.day == 29)), 28)}, errors='coerce')
    b11 = b11.where(~((dob.dt.month == 2) & (dob.dt.day == 29)) | ~b11.dt.is_leap_year, b11 + pd.Timedelta(days=1))
    children['birthday11'] = (b11.values.astype('datetime64[D]') - EPOCH).astype('int64').astype('float64')
    children.loc[b11.isna().values, 'birthday11'] = np.nan

    # linkage: usable UPN, not on two children of one LA, resolving to exactly one pupil
    linkable = children[children['upn'].map(kinds).isin(['permanent', 'temporary'])]
    shared = linkable.groupby(['la', 'upn'])['upn'].transform('size') > 1
    linkable = linkable[~shared]
    alias = d['alias']
    pupils_per_alias = alias.groupby('alias')['pupil'].nunique()
    single = alias[alias['alias'].isin(pupils_per_alias[pupils_per_alias == 1].index)].drop_duplicates('alias').set_index('alias')['pupil']
    linked = linkable['upn'].map(single).dropna().rename('pupil')
    return children, linked


def derive(d, counts):
    children, linked = children_and_links(d)
    episodes = merge_returns(d['episodes'])
    care, spans, respite = care_histories(episodes)
    edu = education_factors(d)
    years = sorted(edu['y'].unique())
    care_linked = care[care['child_key'].isin(linked.index)]
    spans_linked = spans[spans['child_key'].isin(linked.index)]
    factors = pd.concat([care_factors_at(int(y), care_linked, spans_linked, respite, children['birthday11']) for y in years])
    factors = factors.reset_index()
    factors['pupil'] = factors['child_key'].map(linked)
    factors['la'] = factors['child_key'].map(children['la'])
    factors['sex'] = factors['child_key'].map(children['sex'])
    table = edu.merge(factors, on=['pupil', 'y'], how='left')
    counts.update({'children': len(children), 'children_linked': int(len(linked)), 'episodes_merged': len(episodes),
                   'ks4_pupil_years': len(edu), 'factor_rows': len(table)})
    return table


# --------------------------------------------------------------------------------------- model
FORMULA = ('att8 ~ placement_changes_after_11 + school_change_y10_y11 + unauthorised_absence_pct + suspension_days + not_foster_y11'
           " + C(school_type_y11, Treatment('mainstream')) + days_in_care_years + ks2_emss + C(sex, Treatment('M'))"
           " + C(sen_y11, Treatment('none')) + C(ks4_year)")
MODEL_COLUMNS = ['att8', 'placement_changes_after_11', 'school_change_y10_y11', 'unauthorised_absence_pct', 'suspension_days', 'not_foster_y11',
                 'school_type_y11', 'days_in_care_years', 'ks2_emss', 'sex', 'sen_y11', 'ks4_year', 'school_urn']


def term_name(name):
    """statsmodels' names → cla-analyse's (`factor=level`, `intercept`)."""
    if name == 'Intercept':
        return 'intercept'
    m = re.fullmatch(r"C\((\w+)(?:, Treatment\('[^']*'\))?\)\[T\.(.+)\]", name)
    return f'{m.group(1)}={m.group(2)}' if m else name


def regress(table):
    cohort = table[table['la'].notna() & (table['cla_12m'] == 1)].copy()
    cohort['days_in_care_years'] = cohort['days_in_care'] / DAYS_PER_YEAR
    data = cohort[MODEL_COLUMNS].dropna()
    fit = smf.ols(FORMULA, data=data).fit(cov_type='cluster', cov_kwds={'groups': pd.factorize(data['school_urn'])[0]})
    terms = [{'term': term_name(n), 'estimate': float(fit.params[n]), 'se': float(fit.bse[n])} for n in fit.params.index]
    return {'pupilsGiven': int(len(cohort)), 'pupils': int(fit.nobs), 'clusters': int(data['school_urn'].nunique()),
            'rSquared': float(fit.rsquared), 'terms': terms}


def main():
    if len(sys.argv) != 2:
        print('usage: /usr/bin/python3 scripts/compare-pandas.py <folder>', file=sys.stderr)
        return 2
    folder = sys.argv[1]
    t0 = time.perf_counter()
    data, counts = read_all(folder)
    t1 = time.perf_counter()
    table = derive(data, counts)
    del data
    t2 = time.perf_counter()
    model = regress(table)
    t3 = time.perf_counter()
    out = {
        'tool': 'pandas + statsmodels',
        'versions': {'python': sys.version.split()[0], 'pandas': pd.__version__, 'statsmodels': statsmodels.__version__, 'numpy': np.__version__},
        'seconds': {'import': round(T_IMPORTED - T_START, 3), 'read': round(t1 - t0, 3), 'derive_link': round(t2 - t1, 3), 'regress': round(t3 - t2, 3),
                    'total_in_process': round(t3 - T_START, 3)},
        'counts': counts,
        'model': model,
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
