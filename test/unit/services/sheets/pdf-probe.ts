import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib'

/** What a test reads back from a PDF's bytes: never from the code's own numbers. */
export interface PdfProbe {
  pageCount: number
  /** First page's MediaBox in points. */
  mediaBox: { x: number; y: number; width: number; height: number }
  /** Every image XObject drawn, with its rectangle in points from the page's bottom-left. */
  imageDraws: { name: string; x: number; y: number; width: number; height: number }[]
  /** Straight lines stroked (m … l … S), in points, after the current transform. */
  lines: { x1: number; y1: number; x2: number; y2: number; width: number }[]
  /** Raw (still encoded) bytes, filter and object reference of each image XObject, by resource name. */
  images: Map<string, { ref: string; filter: string | null; bytes: Uint8Array }>
  /** The decoded content stream text. */
  content: string
}

type Matrix = [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** CTM' = M × CTM, as PDF's `cm` operator does. */
function multiply(m: Matrix, ctm: Matrix): Matrix {
  const [a, b, c, d, e, f] = m
  const [A, B, C, D, E, F] = ctm
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
}

function apply(ctm: Matrix, x: number, y: number): [number, number] {
  return [x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5]]
}

const TOKEN =
  /\/[^\s/[\]<>()]+|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z'"*]+/g

/** Loads PDF bytes with pdf-lib and interprets the first page's content stream (q/Q, cm, Do, m/l/S, w). */
export async function probePdf(bytes: Uint8Array): Promise<PdfProbe> {
  const doc = await PDFDocument.load(bytes)
  const page = doc.getPage(0)
  const box = page.getMediaBox()
  const contents = page.node.Contents()
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents]
  let content = ''
  for (const stream of streams) {
    if (stream instanceof PDFRawStream)
      content += new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()) + '\n'
    else if (stream instanceof PDFStream)
      content += new TextDecoder('latin1').decode(stream.getContents()) + '\n'
  }

  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  const images = new Map<string, { ref: string; filter: string | null; bytes: Uint8Array }>()
  for (const [key, ref] of xobjects?.entries() ?? []) {
    const stream = doc.context.lookup(ref)
    if (!(stream instanceof PDFRawStream)) continue
    if (stream.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue
    const filter = stream.dict.get(PDFName.of('Filter'))
    images.set(key.decodeText(), {
      ref: ref.toString(),
      filter: filter instanceof PDFName ? filter.decodeText() : null,
      bytes: stream.contents
    })
  }

  const imageDraws: PdfProbe['imageDraws'] = []
  const lines: PdfProbe['lines'] = []
  const stack: { ctm: Matrix; lineWidth: number }[] = []
  let ctm = IDENTITY
  let lineWidth = 1
  let operands: string[] = []
  let path: [number, number][] = []
  const num = (i: number): number => Number(operands[operands.length - i])
  for (const token of content.match(TOKEN) ?? []) {
    if (
      /^[-+.\d]/.test(token) ||
      token.startsWith('/') ||
      token.startsWith('<') ||
      token.startsWith('(') ||
      token === '[' ||
      token === ']'
    ) {
      operands.push(token)
      continue
    }
    switch (token) {
      case 'q':
        stack.push({ ctm, lineWidth })
        break
      case 'Q': {
        const saved = stack.pop()
        if (saved) ({ ctm, lineWidth } = saved)
        break
      }
      case 'cm':
        ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm)
        break
      case 'w':
        lineWidth = num(1)
        break
      case 'm':
        path = [apply(ctm, num(2), num(1))]
        break
      case 'l':
        path.push(apply(ctm, num(2), num(1)))
        break
      case 'S':
        for (let i = 1; i < path.length; i += 1) {
          const [x1, y1] = path[i - 1] as [number, number]
          const [x2, y2] = path[i] as [number, number]
          // Line width scales with the CTM; our pages never rotate or skew, so |a| is the factor.
          lines.push({ x1, y1, x2, y2, width: lineWidth * Math.abs(ctm[0]) })
        }
        path = []
        break
      case 'Do': {
        const name = (operands[operands.length - 1] ?? '').slice(1)
        if (images.has(name)) {
          const [x0, y0] = apply(ctm, 0, 0)
          const [x1, y1] = apply(ctm, 1, 1)
          imageDraws.push({
            name,
            x: Math.min(x0, x1),
            y: Math.min(y0, y1),
            width: Math.abs(x1 - x0),
            height: Math.abs(y1 - y0)
          })
        }
        break
      }
      default:
        break
    }
    operands = []
  }
  return {
    pageCount: doc.getPageCount(),
    mediaBox: { x: box.x, y: box.y, width: box.width, height: box.height },
    imageDraws,
    lines,
    images,
    content
  }
}

/** Points to millimetres. */
export function ptToMm(points: number): number {
  return (points / 72) * 25.4
}
