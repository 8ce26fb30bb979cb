// The demo business a fresh clone starts with. Everyone shares one password so the README can
// list the logins; the numbers are in a reserved-looking +91 98000 000xx range.
import type { GarmentPattern } from "./garment-photo";

export const DEMO_PASSWORD = "chatalog-demo";
export const DEMO_BUSINESS_NAME = "Surat Silk House";

export const demoPeople = {
  owner: { name: "Rakesh Shah", phone: "+919800000001" },
  staff: { name: "Priya Patel", phone: "+919800000002" },
  buyers: [
    { name: "Meena Fashions", phone: "+919800000011" },
    { name: "Anjali Boutique", phone: "+919800000012" },
    { name: "Kavya Kurtis", phone: "+919800000013" },
  ],
} as const;

export interface DemoDesign {
  title: string;
  rupees: number;
  colours: string[];
  sizes: Array<{ size: string; ratio: number }>;
  minimumSets: number;
  photo: { colour: string; accent: string; pattern: GarmentPattern };
}

const standardSet = [
  { size: "S", ratio: 1 },
  { size: "M", ratio: 2 },
  { size: "L", ratio: 2 },
  { size: "XL", ratio: 1 },
];
const plusSet = [
  { size: "L", ratio: 1 },
  { size: "XL", ratio: 2 },
  { size: "XXL", ratio: 2 },
  { size: "3XL", ratio: 1 },
];
const freeSize = [{ size: "Free", ratio: 4 }];

export const demoDesigns: DemoDesign[] = [
  { title: "Bandhani Anarkali Kurti", rupees: 450, colours: ["Red", "Mustard"], sizes: standardSet, minimumSets: 2, photo: { colour: "#b3202a", accent: "#f4c542", pattern: "dots" } },
  { title: "Chanderi Straight Kurta", rupees: 520, colours: ["Mint", "Peach"], sizes: standardSet, minimumSets: 1, photo: { colour: "#7fc8a9", accent: "#ffffff", pattern: "floral" } },
  { title: "Striped Cotton Kurti", rupees: 310, colours: ["Navy", "Maroon"], sizes: standardSet, minimumSets: 3, photo: { colour: "#1f2f5c", accent: "#e8e2d0", pattern: "stripes" } },
  { title: "Paisley Rayon A-line", rupees: 380, colours: ["Teal", "Wine"], sizes: standardSet, minimumSets: 2, photo: { colour: "#136f6f", accent: "#f0b35a", pattern: "paisley" } },
  { title: "Checked Handloom Kurta", rupees: 640, colours: ["Indigo"], sizes: plusSet, minimumSets: 1, photo: { colour: "#2e3f8f", accent: "#d9dde8", pattern: "checks" } },
  { title: "Plain Silk Festive Kurti", rupees: 1250, colours: ["Gold", "Rani pink"], sizes: standardSet, minimumSets: 1, photo: { colour: "#c9307a", accent: "#f7d774", pattern: "plain" } },
  { title: "Floral Georgette Kurti", rupees: 560, colours: ["Lilac", "Sky"], sizes: standardSet, minimumSets: 2, photo: { colour: "#9b87c9", accent: "#fff4f9", pattern: "floral" } },
  { title: "Leheriya Cotton Kurta", rupees: 420, colours: ["Orange", "Green"], sizes: plusSet, minimumSets: 2, photo: { colour: "#e0702a", accent: "#2f8f4e", pattern: "stripes" } },
  { title: "Polka Summer Kurti", rupees: 295, colours: ["White", "Yellow"], sizes: freeSize, minimumSets: 3, photo: { colour: "#f2f0ea", accent: "#1d1d1d", pattern: "dots" } },
  { title: "Kalamkari Printed Kurta", rupees: 690, colours: ["Rust"], sizes: standardSet, minimumSets: 1, photo: { colour: "#9c3d1d", accent: "#f1dcb8", pattern: "paisley" } },
  { title: "Madras Check Kurti", rupees: 340, colours: ["Red", "Blue"], sizes: standardSet, minimumSets: 2, photo: { colour: "#b8322f", accent: "#2456a6", pattern: "checks" } },
  { title: "Pastel Linen Kurta", rupees: 780, colours: ["Beige", "Powder blue"], sizes: plusSet, minimumSets: 1, photo: { colour: "#d8c9ac", accent: "#a9c4dd", pattern: "plain" } },
];
