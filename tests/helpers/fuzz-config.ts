/**
 * fast-check settings shared by the fuzz suites. Locally every run explores new inputs; on CI
 * (CI=true) the seed is fixed so a landing cannot fail on an input nobody has seen. Set FC_SEED
 * to replay a failure: fast-check prints the seed with every counterexample.
 */
import fc from 'fast-check';

const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : process.env['CI'] ? 20_241_126 : undefined;
fc.configureGlobal(seed === undefined ? {} : { seed });
