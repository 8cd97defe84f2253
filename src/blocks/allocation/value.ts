import * as z from 'zod/mini';
import { id } from '../value-parts';

export const value = z.record(id, z.number().check(z.minimum(0), z.maximum(100_000)));
